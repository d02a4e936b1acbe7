package org.collections.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.collections.gateway.webhooks.domain.EndpointAddresses;
import org.junit.jupiter.api.Test;

class EndpointAddressesTest {

    @Test
    void onlyHttpsToPublicHostsInProduction() {
        assertThat(EndpointAddresses.refuseUrl("https://hooks.agency.example/collections?x=1", false)).isEmpty();
        assertThat(EndpointAddresses.refuseUrl("https://203.0.113.7:8443/x", false)).isEmpty();
        assertThat(EndpointAddresses.refuseUrl("http://hooks.agency.example/x", false)).contains("must use https://");
        assertThat(EndpointAddresses.refuseUrl("http://localhost:9000/x", false)).isPresent();
        assertThat(EndpointAddresses.refuseUrl("https://localhost/x", false)).isPresent();
        assertThat(EndpointAddresses.refuseUrl("https://127.0.0.1/x", false)).isPresent();
        assertThat(EndpointAddresses.refuseUrl("https://10.1.2.3/x", false)).isPresent();
        assertThat(EndpointAddresses.refuseUrl("https://172.20.0.1/x", false)).isPresent();
        assertThat(EndpointAddresses.refuseUrl("https://100.64.0.1/x", false)).isPresent();
        assertThat(EndpointAddresses.refuseUrl("https://[fe80::1]/x", false)).isPresent();
        assertThat(EndpointAddresses.refuseUrl("https://a.example/x#frag", false)).isPresent();
        assertThat(EndpointAddresses.refuseUrl("not a url", false)).isPresent();
        assertThat(EndpointAddresses.refuseUrl("https://a.example/" + "x".repeat(2100), false)).isPresent();
    }

    @Test
    void loopbackOnlyWhenAllowed() throws Exception {
        assertThat(EndpointAddresses.refuseUrl("http://localhost:9000/x", true)).isEmpty();
        assertThat(EndpointAddresses.refuseUrl("http://127.0.0.1:9000/x", true)).isEmpty();
        assertThat(EndpointAddresses.refuseUrl("http://10.0.0.1/x", true)).isPresent();
        assertThat(EndpointAddresses.isForbidden(InetAddress.getByName("127.0.0.1"), true)).isFalse();
        assertThat(EndpointAddresses.isForbidden(InetAddress.getByName("127.0.0.1"), false)).isTrue();
        assertThat(EndpointAddresses.isForbidden(InetAddress.getByName("::1"), false)).isTrue();
        assertThat(EndpointAddresses.isForbidden(InetAddress.getByName("169.254.169.254"), true)).isTrue();
        assertThat(EndpointAddresses.isForbidden(InetAddress.getByName("::ffff:192.168.0.1"), true)).isTrue();
        assertThat(EndpointAddresses.isForbidden(InetAddress.getByName("8.8.8.8"), false)).isFalse();
    }
}
