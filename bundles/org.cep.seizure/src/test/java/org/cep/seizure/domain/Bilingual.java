package org.cep.seizure.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test helper: a user-facing message must carry both Chinese and English. */
final class Bilingual {
    private Bilingual() {}

    static void assertBilingual(String message) {
        assertTrue(message != null && message.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                "no Chinese in: " + message);
        assertTrue(message.matches("(?s).*[A-Za-z]{3,}.*"), "no English in: " + message);
    }
}
