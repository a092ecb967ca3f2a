package backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No fully qualified class name inline in code ({@code javafx.scene.control.Label} in a method body): the class is
 * imported. Comments, strings and imports are not code here. Allowed only where the simple name is already imported
 * from another package (two classes of one name, e.g. {@code java.time.Duration} and {@code javafx.util.Duration}).
 */
class InlineClassNamesTest {

    private static final Set<String> ROOTS = Set.of("java", "javax", "javafx", "jdk", "org", "com", "okhttp3", "okio",
            "backoffice", "atlantafx", "io", "net", "sun");
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.@])((?:[a-z][a-z0-9_]*\\.)+)([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+)\\.(\\w+);");

    @Test
    void codeNamesClassesByTheirImportedSimpleName() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    found.addAll(qualifiedNamesIn(file));
                }
            }
        }
        assertThat(found).as("import these classes instead").isEmpty();
    }

    @Test
    void theCheckSeesCodeButNotCommentsStringsOrImports() {
        String source = """
                package x;
                import java.time.Duration;
                /** Uses {@link java.util.List}. */
                class A {
                    // java.util.Map here is a comment
                    String s = "java.util.Set";
                    java.util.Queue<String> q;
                    javafx.util.Duration d;
                }
                """;
        assertThat(qualifiedNames("A.java", source)).containsExactly("A.java:7: java.util.Queue");
    }

    private static List<String> qualifiedNamesIn(Path file) throws IOException {
        return qualifiedNames(file.toString(), Files.readString(file));
    }

    private static List<String> qualifiedNames(String name, String source) {
        Map<String, String> imported = new HashMap<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            imported.put(imports.group(2), imports.group(1));
        }
        String[] lines = codeOnly(source).split("\n", -1);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("import ") || lines[i].startsWith("package ")) {
                continue;
            }
            Matcher m = QUALIFIED.matcher(lines[i]);
            while (m.find()) {
                String pkg = m.group(1).substring(0, m.group(1).length() - 1);
                String simple = m.group(2);
                boolean clash = imported.containsKey(simple) && !imported.get(simple).equals(pkg);
                if (ROOTS.contains(pkg.split("\\.")[0]) && !clash) {
                    found.add(name + ":" + (i + 1) + ": " + pkg + "." + simple);
                }
            }
        }
        return found;
    }

    /** The source with comments and string and char literals blanked (line breaks kept). */
    private static String codeOnly(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2) + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = s.indexOf("\"\"\"", i + 3) + 3;
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                end = i + 1;
                while (end < s.length() && s.charAt(end) != s.charAt(i)) {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end++;
            } else {
                out.append(s.charAt(i++));
                continue;
            }
            end = end <= i ? s.length() : Math.min(end, s.length());
            for (int k = i; k < end; k++) {
                out.append(s.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }
}
