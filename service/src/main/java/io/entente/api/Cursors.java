package io.entente.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque Relay cursors: base64 of "offset:N". */
final class Cursors {

    private static final String PREFIX = "offset:";

    private Cursors() {
    }

    static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset just after the given cursor; 0 for none. */
    static int after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset + 1;
                }
            }
        } catch (IllegalArgumentException e) {
            // fall through to the uniform error below
        }
        throw new BadRequestException("Malformed cursor: " + cursor);
    }
}
