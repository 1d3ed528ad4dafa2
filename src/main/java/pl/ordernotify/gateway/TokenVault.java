package pl.ordernotify.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts gateway tokens for storage (AES-256-GCM) under a key file {@code <dataDir>/secret.key}
 * that only its owner may read. A copied database alone therefore does not reveal the token.
 */
public final class TokenVault {

  /** Stored value unreadable, key file missing or unusable. The message never contains a token. */
  public static final class VaultException extends RuntimeException {
    VaultException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public static final String KEY_FILE = "secret.key";

  private static final Logger log = LoggerFactory.getLogger(TokenVault.class);
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path keyFile;
  private SecretKeySpec key;

  public TokenVault(Path dataDir) {
    this.keyFile = dataDir.resolve(KEY_FILE);
  }

  /** Base64 of a fresh random IV followed by the ciphertext and tag. */
  public String encrypt(String token) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, out, 0, iv.length);
      System.arraycopy(sealed, 0, out, iv.length, sealed.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new VaultException("The token could not be encrypted: " + e.getMessage(), e);
    }
  }

  public String decrypt(String stored) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(stored == null ? "" : stored.strip());
    } catch (IllegalArgumentException e) {
      throw new VaultException(
          "The stored token is damaged (not Base64). Enter the token again.", e);
    }
    if (raw.length <= IV_BYTES + TAG_BITS / 8) {
      throw new VaultException(
          "The stored token is damaged (too short). Enter the token again.", null);
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
      return new String(
          cipher.doFinal(raw, IV_BYTES, raw.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new VaultException(
          "The stored token cannot be decrypted: it was changed, or "
              + keyFile
              + " is not the key it was saved with. Enter the token again.",
          e);
    } catch (GeneralSecurityException e) {
      throw new VaultException("The stored token could not be decrypted: " + e.getMessage(), e);
    }
  }

  /**
   * For showing a saved token: "••••" and its last four characters (nothing more if it is short).
   */
  public static String masked(String token) {
    if (token == null || token.length() < 8) {
      return "••••";
    }
    return "••••" + token.substring(token.length() - 4);
  }

  private synchronized SecretKeySpec key() {
    if (key == null) {
      try {
        key = new SecretKeySpec(Base64.getDecoder().decode(readOrCreate().strip()), "AES");
      } catch (IOException | IllegalArgumentException e) {
        throw new VaultException(
            "The key file " + keyFile + " cannot be used: " + e.getMessage(), e);
      }
      if (key.getEncoded().length != 32) {
        throw new VaultException("The key file " + keyFile + " does not hold a 256-bit key.", null);
      }
    }
    return key;
  }

  private String readOrCreate() throws IOException {
    if (Files.exists(keyFile)) {
      tightenPermissions();
      return Files.readString(keyFile, StandardCharsets.US_ASCII);
    }
    Files.createDirectories(keyFile.getParent());
    byte[] fresh = new byte[32];
    RANDOM.nextBytes(fresh);
    String encoded = Base64.getEncoder().encodeToString(fresh);
    // Written under a temporary name first so a second process never reads a half-written key.
    Path temp = ownerOnlyFile(Files.createTempFile(keyFile.getParent(), "secret", ".tmp"));
    try {
      Files.writeString(temp, encoded, StandardCharsets.US_ASCII);
      Files.move(temp, keyFile);
      log.info("Created the token key file {}", keyFile);
      return encoded;
    } catch (FileAlreadyExistsException e) {
      // Another process created it at the same moment: use theirs.
      return Files.readString(keyFile, StandardCharsets.US_ASCII);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Path ownerOnlyFile(Path file) throws IOException {
    if (supportsPosix(file)) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
    return file;
  }

  private void tightenPermissions() throws IOException {
    if (supportsPosix(keyFile) && !Files.getPosixFilePermissions(keyFile).equals(OWNER_ONLY)) {
      log.warn("The key file {} was readable by others; restricting it to its owner", keyFile);
      Files.setPosixFilePermissions(keyFile, OWNER_ONLY);
    }
  }

  private static boolean supportsPosix(Path file) {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
