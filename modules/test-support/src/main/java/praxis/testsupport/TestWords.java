package praxis.testsupport;

import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Words no other test uses, so that tests sharing one database find only their own records by searching.
 * Letters only (digits become g–p): a search engine splits words at digits.
 */
public final class TestWords {

    private TestWords() {
    }

    /** 32 random letters. */
    public static String randomLetters() {
        return UUID.randomUUID().toString().replace("-", "").chars()
                .mapToObj(c -> Character.toString(Character.isDigit(c) ? c - '0' + 'g' : c))
                .collect(Collectors.joining());
    }

    /** A word no other test uses: the given word followed by six random letters ("narwhalbdkgqe"). */
    public static String marker(String word) {
        return word + randomLetters().substring(0, 6);
    }
}
