package pl.ordernotify.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenVaultTest {

  static final String TOKEN = "Xk9-secret-TOKEN-value-1234";

  @TempDir Path dataDir;

  @Test
  void decryptsWhatItEncrypted() {
    // given
    TokenVault vault = new TokenVault(dataDir);

    // when
    String stored = vault.encrypt(TOKEN);

    // then
    assertThat(stored).doesNotContain(TOKEN);
    assertThat(vault.decrypt(stored)).isEqualTo(TOKEN);
    assertThat(new TokenVault(dataDir).decrypt(stored))
        .as("a new vault on the same key file")
        .isEqualTo(TOKEN);
  }

  @Test
  void usesAFreshIvForEveryEncryption() {
    // given
    TokenVault vault = new TokenVault(dataDir);

    // when
    String first = vault.encrypt(TOKEN);
    String second = vault.encrypt(TOKEN);

    // then
    assertThat(first).isNotEqualTo(second);
    assertThat(Base64.getDecoder().decode(first)).hasSize(12 + TOKEN.length() + 16);
  }

  @Test
  void createsAnOwnerOnlyKeyFileOnFirstUse() throws IOException {
    // given
    Path dir = dataDir.resolve("new-home");
    TokenVault vault = new TokenVault(dir);

    // when
    vault.encrypt(TOKEN);

    // then
    Path keyFile = dir.resolve("secret.key");
    assertThat(keyFile).exists();
    assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).hasSize(32);
    assumeTrue(keyFile.getFileSystem().supportedFileAttributeViews().contains("posix"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
    try (var files = Files.list(dir)) {
      assertThat(files).as("no temporary file left").containsExactly(keyFile);
    }
  }

  @Test
  void restrictsAKeyFileOthersCouldRead() throws IOException {
    // given
    TokenVault vault = new TokenVault(dataDir);
    String stored = vault.encrypt(TOKEN);
    Path keyFile = dataDir.resolve("secret.key");
    assumeTrue(keyFile.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

    // when
    new TokenVault(dataDir).decrypt(stored);

    // then
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
  }

  @Test
  void detectsATamperedValueWithoutRevealingTheToken() {
    // given
    TokenVault vault = new TokenVault(dataDir);
    byte[] raw = Base64.getDecoder().decode(vault.encrypt(TOKEN));
    raw[raw.length - 20] ^= 1;
    String tampered = Base64.getEncoder().encodeToString(raw);

    // when / then
    assertThatThrownBy(() -> vault.decrypt(tampered))
        .isInstanceOf(TokenVault.VaultException.class)
        .hasMessageContaining("cannot be decrypted")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void detectsADifferentKeyFile(@TempDir Path otherDir) {
    // given
    String stored = new TokenVault(dataDir).encrypt(TOKEN);

    // when / then
    assertThatThrownBy(() -> new TokenVault(otherDir).decrypt(stored))
        .isInstanceOf(TokenVault.VaultException.class)
        .hasMessageContaining("is not the key it was saved with")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void explainsAValueThatIsNotEvenBase64OrTooShort() {
    // given
    TokenVault vault = new TokenVault(dataDir);

    // when / then
    assertThatThrownBy(() -> vault.decrypt("not base64 !!")).hasMessageContaining("not Base64");
    assertThatThrownBy(() -> vault.decrypt("AAAA")).hasMessageContaining("too short");
  }

  @Test
  void explainsAnUnusableKeyFile() throws IOException {
    // given
    Files.writeString(dataDir.resolve("secret.key"), "c2hvcnQ=");

    // when / then
    assertThatThrownBy(() -> new TokenVault(dataDir).encrypt(TOKEN))
        .isInstanceOf(TokenVault.VaultException.class)
        .hasMessageContaining("does not hold a 256-bit key");
  }

  @Test
  void masksATokenForDisplay() {
    // then
    assertThat(TokenVault.masked(TOKEN)).isEqualTo("••••1234");
    assertThat(TokenVault.masked("short")).isEqualTo("••••");
    assertThat(TokenVault.masked(null)).isEqualTo("••••");
  }
}
