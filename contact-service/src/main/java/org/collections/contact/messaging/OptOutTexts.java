package org.collections.contact.messaging;

import org.collections.contact.compliance.Channel;

/** How a debtor stops messages of a channel, in their language; templates show it through {{optOutText}}. */
public final class OptOutTexts {

    private OptOutTexts() {
    }

    public static String of(Channel channel, String languageTag) {
        boolean chinese = languageTag != null && languageTag.startsWith("zh");
        return switch (channel) {
            case SMS -> chinese ? "回复TD退订" : "Reply STOP to opt out.";
            case EMAIL -> chinese ? "如不希望再收到此类邮件，请回复“退订”。" : "To stop these e-mails, reply with the word STOP.";
            default -> chinese ? "如不希望再收到此类信函，请书面告知我们。" : "To stop these letters, tell us in writing.";
        };
    }
}
