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

    private record Entry(String method, String[] template, Route route) {
    }

    /** What routing found: the route with its captured parameters, or which failure to answer. */
    public record Match(Route route, Map<String, String> params, boolean pathKnown) {
    }

    public Router add(String method, String template, Route route) {
        entries.add(new Entry(method, split(template), route));
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
                return new Match(e.route, params, true);
            }
            pathKnown = true;
        }
        return new Match(null, Map.of(), pathKnown);
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
