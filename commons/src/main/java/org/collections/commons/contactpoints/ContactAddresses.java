package org.collections.commons.contactpoints;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a phone number and an e-mail address must be, in one place for every service: a phone is an international
 * number that libphonenumber knows as valid, kept in E.164; an e-mail is a sane subset of RFC 5322 (dot-atom local
 * part, a domain of at least two labels), its domain kept in lower case. Anything else is no contact point.
 */
public final class ContactAddresses {

    public static final String PHONE_MESSAGE = "must be a valid international phone number (E.164), like +86 138 0013 8000";
    public static final String EMAIL_MESSAGE = "must be an e-mail address like name@example.org";

    /** Digits with the usual separators, one leading '+': libphonenumber alone would find a number inside any text. */
    private static final Pattern PHONE_TEXT = Pattern.compile("\\+[0-9][0-9 ().\\-]{3,30}");
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private ContactAddresses() {
    }

    /** The number in E.164 ({@code +8613800138000}), or null when it is not a valid international phone number. */
    public static String e164(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        if (!PHONE_TEXT.matcher(text).matches()) {
            return null;
        }
        try {
            PhoneNumber number = PHONES.parse(text, "ZZ");
            return PHONES.isValidNumber(number) ? PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** The address with its domain in lower case, or null when it is not an e-mail address. */
    public static String email(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        int at = text.lastIndexOf('@');
        if (text.length() > 254 || at < 1 || at > 64 || at == text.length() - 1) {
            return null;
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        if (!LOCAL.matcher(local).matches() || domain.length() > 253 || !DOMAIN.matcher(domain).matches()) {
            return null;
        }
        return local + "@" + domain.toLowerCase(Locale.ROOT);
    }
}
