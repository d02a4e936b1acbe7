package org.collections.contact.repository;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * UUIDs of version 7 for slots written in bulk (RFC 9562, with a counter in the low bits): the millisecond of the
 * run and random bits, then a counter the database adds to {@link #lowBase()}, so ids ascend in insertion order.
 *
 * @param highHex the 16 hex digits of the upper half: 48-bit Unix milliseconds, version 7, 12 random bits
 * @param lowBase the lower half with the variant bits and 30 random bits set and the low 32 bits (the counter) zero
 */
record SlotIds(String highHex, long lowBase) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static SlotIds startingAt(Instant now) {
        long high = (now.toEpochMilli() << 16) | 0x7000L | RANDOM.nextInt(0x1000);
        long low = 0x8000_0000_0000_0000L | ((RANDOM.nextLong() & 0x3FFF_FFFFL) << 32);
        return new SlotIds(String.format("%016x", high), low);
    }
}
