package backoffice.sandbox.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches method + path against templates such as {@code /multi/backoffice/managed_cards/{id}}. A template
 * segment in braces captures any one segment (possibly empty, so handlers can reproduce the API's empty-id quirks).
 */
public final class Router {

    private final List<Entry> entries = new ArrayList<>();
    private record Fallback(String prefix, String except, Route route) {
    }

    private final List<Fallback> fallbacks = new ArrayList<>();

    /** Largest request body a route accepts unless it says otherwise (1 MiB). */
    public static final int DEFAULT_MAX_BODY = 1024 * 1024;

    private record Entry(String method, String[] template, Route route, int maxBody) {
    }

    /** What routing found: the route with its captured parameters and body limit, or which failure to answer. */
    public record Match(Route route, Map<String, String> params, boolean pathKnown, int maxBody) {
    }

    public Router add(String method, String template, Route route) {
        return add(method, template, route, DEFAULT_MAX_BODY);
    }

    /** A route whose bodies may be larger than the default (bulk submissions of up to 10,000 items). */
    public Router add(String method, String template, Route route, int maxBody) {
        entries.add(new Entry(method, split(template), route, maxBody));
        return this;
    }

    /** Answers any path under {@code prefix} but not under {@code except} that no route template matches. */
    public Router fallback(String prefix, String except, Route route) {
        fallbacks.add(new Fallback(prefix, except, route));
        return this;
    }

    public Match match(String method, String path) {
        String[] segments = split(path);
        boolean pathKnown = false;
        for (Entry e : entries) {
            Map<String, String> params = bind(e.template, segments);
            if (params == null) {
                continue;
            }
            if (e.method.equals(method)) {
                return new Match(e.route, params, true, e.maxBody);
            }
            pathKnown = true;
        }
        if (!pathKnown) {
            for (Fallback f : fallbacks) {
                if (path.startsWith(f.prefix()) && !path.startsWith(f.except())) {
                    return new Match(f.route(), Map.of(), true, DEFAULT_MAX_BODY);
                }
            }
        }
        return new Match(null, Map.of(), pathKnown, DEFAULT_MAX_BODY);
    }

    private static Map<String, String> bind(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>(4);
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.length() > 1 && t.charAt(0) == '{') {
                params.put(t.substring(1, t.length() - 1), segments[i]);
            } else if (!t.equals(segments[i])) {
                return null;
            }
        }
        return params;
    }

    /** Splits on '/', keeping empty inner and trailing segments ({@code /a//b/} is a, "", b, ""). */
    private static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.split("/", -1);
    }
}
