package backoffice.client.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@code String} per currency code read: a statement of 100,000 entries names a currency up to a million times,
 * and each reading made a new three-letter string. Codes are read from the parser's own characters; anything that
 * is not three ASCII letters is returned as read, uncached (the cache cannot be filled with arbitrary input).
 */
final class Currencies {

    private static final ConcurrentHashMap<Integer, String> CODES = new ConcurrentHashMap<>();

    private Currencies() {
    }

    static String canonical(JsonParser p) throws IOException {
        if (p.getTextLength() != 3) {
            return p.getText();
        }
        char[] c = p.getTextCharacters();
        int o = p.getTextOffset();
        if (!letter(c[o]) || !letter(c[o + 1]) || !letter(c[o + 2])) {
            return p.getText();
        }
        int key = (c[o] << 16) | (c[o + 1] << 8) | c[o + 2];
        String code = CODES.get(key);
        if (code == null) {
            code = CODES.computeIfAbsent(key, k -> new String(c, o, 3));
        }
        return code;
    }

    private static boolean letter(char ch) {
        return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
    }
}
