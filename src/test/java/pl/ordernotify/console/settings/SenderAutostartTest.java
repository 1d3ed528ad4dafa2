package pl.ordernotify.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import pl.ordernotify.console.Texts;

class SenderAutostartTest {

  @Test
  void onLinuxTheScreenShowsTheCommandThatEnablesThePackagesUserUnit() throws Exception {
    // given a Linux till, when the hint is chosen
    String key = SenderAutostart.hintKey("Linux");

    // then it names the unit the .deb installs, in both languages
    assertThat(SenderAutostart.command("Linux"))
        .contains("systemctl --user enable --now ordernotify-sender.service");
    assertThat(Files.readString(Path.of("installer/linux/ordernotify-sender.service")))
        .contains("ExecStart=/opt/ordernotify/bin/ordernotify sender");
    assertThat(Texts.forLanguage("pl").get(key)).isNotBlank().isNotEqualTo(key);
    assertThat(Texts.forLanguage("en").get(key)).contains("login");
  }

  @Test
  void onWindowsTheScreenPointsAtTheInstallersLogonOptionInsteadOfACommand() {
    // given a Windows till, when the hint is chosen
    String key = SenderAutostart.hintKey("Windows 11");

    // then there is no command, and the sentence exists in both languages
    assertThat(SenderAutostart.command("Windows 11")).isEmpty();
    assertThat(Texts.forLanguage("pl").get(key)).isNotEqualTo(key);
    assertThat(Texts.forLanguage("en").get(key)).contains("installer");
  }
}
