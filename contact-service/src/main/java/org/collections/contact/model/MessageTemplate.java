package org.collections.contact.model;

import org.collections.contact.compliance.Channel;
import org.collections.contact.messaging.TemplateText;
import org.collections.contact.messaging.TemplateVariable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** The text of one message (a code such as FIRST_REMINDER) for one channel in one language. */
@Entity
@Table(name = "message_template")
public class MessageTemplate extends PanacheEntityBase {

    /** The channels a template can be written for. */
    public static final Set<Channel> CHANNELS = EnumSet.of(Channel.SMS, Channel.EMAIL, Channel.LETTER);

    @Id
    public UUID id;

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    /** BCP 47, e.g. en or zh-CN. */
    @Column(nullable = false)
    public String language;

    /** Comma-separated ids of the rule packs it is written for; empty when generic. */
    @Column(name = "rule_packs", nullable = false)
    public String rulePacks;

    public String subject;

    @Column(nullable = false)
    public String body;

    @Version
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public Set<String> rulePackSet() {
        return new TreeSet<>(CommaSeparated.values(rulePacks));
    }

    public void rulePacks(Collection<String> packs) {
        rulePacks = CommaSeparated.sorted(Set.copyOf(packs));
    }

    /** Every variable the subject and body use. */
    public Set<TemplateVariable> variables() {
        Set<TemplateVariable> all = EnumSet.noneOf(TemplateVariable.class);
        all.addAll(TemplateText.parse(body).variables());
        if (subject != null) {
            all.addAll(TemplateText.parse(subject).variables());
        }
        return all;
    }
}
