package org.praxis.coproduction.internal;

import praxis.testsupport.MutableClock;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.TestUsers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** People and forms the module's Spring tests share; every test makes its own people and waves. */
final class CoproductionFixtures {

    /** The day the tests' clock starts on (MutableClock.Configuration.START). */
    static final LocalDate TODAY = LocalDate.of(2027, 1, 10);

    private CoproductionFixtures() {
    }

    static PraxisUser team(String name) {
        return TestUsers.user(name + " " + suffix(), TestUsers.newOrganisation(), Role.PROGRAMME_TEAM);
    }

    static PraxisUser reviewer(String name) {
        return TestUsers.user(name + " " + suffix(), TestUsers.newOrganisation(), CoproductionRoles.REVIEWER_ROLE);
    }

    static PraxisUser member(String name) {
        return TestUsers.user(name + " " + suffix(), TestUsers.newOrganisation(), Role.COMMUNITY_MEMBER);
    }

    static PraxisUser coproducer(String name) {
        return TestUsers.user(name + " " + suffix(), TestUsers.newOrganisation(), Role.CO_PRODUCER);
    }

    /** Makes the module know people and their roles at once, as identity's events would. */
    static void known(TransactionOperations transactions, JooqPeopleRepository people, PraxisUser... users) {
        OffsetDateTime now = OffsetDateTime.now();
        transactions.executeWithoutResult(status -> {
            for (PraxisUser user : users) {
                people.upsertPerson(user.personId(), user.displayName(), now);
                user.roles().forEach(role -> people.addRole(user.personId(), user.displayName(), role, now));
            }
        });
    }

    /** A wave open from a week ago until three weeks ahead, scored on two criteria of 0 to 5. */
    static WaveForm wave(String title) {
        return new WaveForm(title, "You would help shape projects with people who use services.",
                "About 8 hours a month for a year, mostly online.", "£25 an hour, paid within 30 days.",
                TODAY.minusWeeks(2), TODAY.minusWeeks(1), TODAY.plusWeeks(3), TODAY.plusWeeks(4),
                TODAY.plusWeeks(5), TODAY.plusWeeks(6),
                List.of(new WaveForm.Criterion("Lived experience you would bring", "", 5),
                        new WaveForm.Criterion("What you hope to learn and share", "", 5)));
    }

    /** A minimal valid WAV file (RIFF header and a little silence): what a browser recording would be. */
    static byte[] wav() {
        int samples = 800;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + samples * 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes())
                .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000)
                .putInt(16000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(samples * 2);
        return b.array();
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
