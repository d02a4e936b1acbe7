package org.collections.cases.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.collections.cases.domain.ContactPreferences;
import org.collections.cases.domain.Debtor;
import org.collections.cases.domain.DebtorPhone;
import org.collections.cases.domain.PostalAddress;
import org.collections.commons.contactpoints.ContactAddresses;
import org.collections.commons.json.Json;
import org.collections.commons.pii.BlindIndex;
import org.collections.commons.pii.FieldCipher;
import org.collections.commons.pii.Masking;
import org.collections.commons.rules.RuleViolation;

/** Turns debtor data into ciphertext and blind indexes for storage, and back into clear details (masked on request). */
@ApplicationScoped
public class DebtorCodec {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Inject
    FieldCipher cipher;

    @Inject
    BlindIndex blindIndex;

    @Inject
    ObjectMapper mapper;

    /** Every phone a valid international number and every e-mail an address, or a 422 naming the first that is not. */
    public void checkContactPoints(CaseCommands.NewDebtor command) {
        List<String> phones = nonNull(command.phones());
        for (int i = 0; i < phones.size(); i++) {
            if (phones.get(i) == null || ContactAddresses.e164(phones.get(i)) == null) {
                throw new RuleViolation("debtor.phones[" + i + "]", ContactAddresses.PHONE_MESSAGE);
            }
        }
        List<String> emails = nonNull(command.emails());
        for (int i = 0; i < emails.size(); i++) {
            if (emails.get(i) == null || ContactAddresses.email(emails.get(i)) == null) {
                throw new RuleViolation("debtor.emails[" + i + "]", ContactAddresses.EMAIL_MESSAGE);
            }
        }
    }

    public Debtor encode(CaseCommands.NewDebtor command, Instant now) {
        checkContactPoints(command);
        try {
            ZoneId.of(command.timeZone());
        } catch (DateTimeException e) {
            throw new RuleViolation("debtor.timeZone", "is not an IANA time zone id like Asia/Shanghai");
        }
        Debtor debtor = new Debtor();
        debtor.id = UUID.randomUUID();
        debtor.fullNameCipher = cipher.encrypt(command.fullName().strip());
        debtor.nationalIdCipher = cipher.encrypt(command.nationalId());
        debtor.nationalIdIndex = blindIndex.nationalId(command.nationalId());
        debtor.phonesCipher = cipher.encrypt(Json.write(mapper, nonNull(command.phones())));
        debtor.emailsCipher = cipher.encrypt(Json.write(mapper, nonNull(command.emails())));
        debtor.addressCipher = command.address() == null ? null : cipher.encrypt(Json.write(mapper, command.address()));
        debtor.timeZone = command.timeZone();
        debtor.jurisdiction = command.jurisdiction();
        debtor.preferredLanguage = command.preferredLanguage() == null ? "en" : command.preferredLanguage();
        debtor.contactPreferences = Json.write(mapper, command.contactPreferences());
        debtor.createdAt = now;
        return debtor;
    }

    public List<DebtorPhone> phoneIndexes(Debtor debtor, List<String> phones) {
        return nonNull(phones).stream().map(blindIndex::phone).distinct().map(index -> {
            DebtorPhone phone = new DebtorPhone();
            phone.id = UUID.randomUUID();
            phone.debtorId = debtor.id;
            phone.phoneIndex = index;
            return phone;
        }).toList();
    }

    public String nationalIdIndex(String nationalId) {
        return blindIndex.nationalId(nationalId);
    }

    public String phoneIndex(String phone) {
        return blindIndex.phone(phone);
    }

    /** The debtor's phone numbers in clear (for transit encryption only). */
    public List<String> phones(Debtor debtor) {
        return readList(cipher.decrypt(debtor.phonesCipher));
    }

    /** The debtor's e-mail addresses in clear (for transit encryption only). */
    public List<String> emails(Debtor debtor) {
        return readList(cipher.decrypt(debtor.emailsCipher));
    }

    public DebtorDetails decode(Debtor debtor, boolean masked) {
        String nationalId = cipher.decrypt(debtor.nationalIdCipher);
        List<String> phones = readList(cipher.decrypt(debtor.phonesCipher));
        List<String> emails = readList(cipher.decrypt(debtor.emailsCipher));
        return new DebtorDetails(debtor.id, cipher.decrypt(debtor.fullNameCipher),
                masked ? Masking.mask(nationalId) : nationalId,
                masked ? phones.stream().map(Masking::mask).toList() : phones,
                masked ? emails.stream().map(Masking::maskEmail).toList() : emails,
                masked ? null : read(cipher.decrypt(debtor.addressCipher), PostalAddress.class),
                debtor.timeZone, debtor.jurisdiction, debtor.preferredLanguage,
                read(debtor.contactPreferences, ContactPreferences.class), masked, debtor.erasedAt);
    }

    private List<String> readList(String json) {
        return json == null ? List.of() : read(json, STRINGS);
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : mapper.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("Corrupt stored " + type.getSimpleName(), e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("Corrupt stored list", e);
        }
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }
}
