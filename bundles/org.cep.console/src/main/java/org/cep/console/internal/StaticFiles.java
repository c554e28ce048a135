package org.cep.console.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Which request paths the console serves, and with which type and headers. */
final class StaticFiles {
    /**
     * No inline script or style, nothing from another origin; data:/blob: images for photo previews
     * taken with a phone camera. The API is on the same origin, so 'self' covers it.
     */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'; object-src 'none'";

    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin");

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9]+)?(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9]+)*)*");

    private StaticFiles() {
    }

    /** a relative path of plain segments: no '..', no '//', no encoded or odd characters */
    static boolean safe(String relative) {
        return relative != null && relative.length() <= 200 && SAFE.matcher(relative).matches();
    }

    /** null for a type the console does not serve */
    static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "js", "mjs" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "json" -> "application/json; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "ico" -> "image/x-icon";
            case "webmanifest" -> "application/manifest+json";
            default -> null;
        };
    }
}
