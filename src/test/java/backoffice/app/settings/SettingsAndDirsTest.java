package backoffice.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsAndDirsTest {

    @TempDir
    Path dir;

    @Test
    void linuxFollowsXdgWithFallbacks() {
        AppDirs d = AppDirs.detect("Linux", "/home/a", Map.of(), null);
        assertThat(d.config()).isEqualTo(Path.of("/home/a/.config/weavr-backoffice-console"));
        assertThat(d.data()).isEqualTo(Path.of("/home/a/.local/share/weavr-backoffice-console"));
        assertThat(d.logs()).isEqualTo(Path.of("/home/a/.local/state/weavr-backoffice-console/logs"));
        AppDirs x = AppDirs.detect("Linux", "/home/a", Map.of("XDG_CONFIG_HOME", "/c", "XDG_DATA_HOME", "/d"), null);
        assertThat(x.settingsFile()).isEqualTo(Path.of("/c/weavr-backoffice-console/settings.json"));
        assertThat(x.journalFile()).isEqualTo(Path.of("/d/weavr-backoffice-console/journal.jsonl"));
    }

    @Test
    void macAndWindowsUseTheirConventions() {
        assertThat(AppDirs.detect("Mac OS X", "/Users/a", Map.of(), null).logs())
                .isEqualTo(Path.of("/Users/a/Library/Logs/weavr-backoffice-console"));
        AppDirs w = AppDirs.detect("Windows 11", "C:/Users/a", Map.of("APPDATA", "C:/R", "LOCALAPPDATA", "C:/L"),
                null);
        assertThat(w.config()).isEqualTo(Path.of("C:/R/weavr-backoffice-console"));
        assertThat(w.data()).isEqualTo(Path.of("C:/L/weavr-backoffice-console/data"));
    }

    @Test
    void overrideKeepsEverythingUnderOneFolder() {
        AppDirs d = AppDirs.detect("Linux", "/home/a", Map.of(), "/tmp/x");
        assertThat(d.config()).isEqualTo(Path.of("/tmp/x/config"));
    }

    @Test
    void aCallStartsOnImpersonatingByDefaultAndAnAgentsChoiceToTurnItOffIsKept() throws IOException {
        assertThat(Settings.defaults().autoStartCall()).isTrue();
        Path file = dir.resolve("old/settings.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"environment\":\"EMBEDDED\",\"darkTheme\":true}"); // written before the field
        assertThat(new SettingsStore(file).load().autoStartCall()).isTrue();
        Files.writeString(file, "{\"environment\":\"EMBEDDED\",\"autoStartCall\":false}");
        assertThat(new SettingsStore(file).load().autoStartCall()).isFalse();
        SettingsStore store = new SettingsStore(dir.resolve("off/settings.json"));
        store.save(Settings.defaults().withAutoStartCall(false));
        assertThat(store.load().autoStartCall()).isFalse();
    }

    @Test
    void settingsRoundTripAndRecentListIsBoundedAndUnique() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("c/settings.json"));
        assertThat(store.load()).isEqualTo(Settings.defaults());
        Settings s = Settings.defaults().withEnvironment(EnvironmentKind.CUSTOM, "https://x.example");
        for (int i = 0; i < 15; i++) {
            s = s.withRecentIdentity("CORPORATE:" + i);
        }
        s = s.withRecentIdentity("CORPORATE:7").withWindow(new Settings.WindowLayout(1, 2, 800, 600, false));
        store.save(s);
        Settings back = store.load();
        assertThat(back).isEqualTo(s);
        assertThat(back.recentIdentities()).hasSize(Settings.MAX_RECENT).first().isEqualTo("CORPORATE:7");
        assertThat(back.recentIdentities()).doesNotHaveDuplicates();
        try (var files = Files.list(dir.resolve("c"))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("settings.json");
        }
    }

    @Test
    void unreadableSettingsFallBackToDefaults() throws IOException {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, "{not json");
        assertThat(new SettingsStore(f).load()).isEqualTo(Settings.defaults());
    }
}
