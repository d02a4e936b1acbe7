/** The gateway: the one public entry in front of case-service, contact-service and plan-service. */
package org.collections.gateway;
