package org.cep.platform.internal.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Signed checkpoint files of the top courts' audit heads: the last anchor of the province, kept outside
 * the database. Someone who can rewrite the database cannot rewrite these files' signatures without the
 * key, which lives in its own file (etc/, readable by the owner only; the same file on every node).
 * Copy the checkpoint folder off the machine as often as backups are taken.
 */
public final class Checkpoints {
    private final Path dir;
    private final Path keyFile;

    /** One checkpoint as read back; {@code signatureValid} false means the file was altered or signed with another key. */
    public record Checkpoint(String courtId, long seq, String hash, Instant at, boolean signatureValid, Path file) {
    }

    public Checkpoints(Path dir, Path keyFile) {
        this.dir = dir;
        this.keyFile = keyFile;
    }

    public Path dir() {
        return dir;
    }

    /** Writes a signed checkpoint of a court's head; the file name sorts by seq. */
    public synchronized Path write(String courtId, long seq, String hash, Instant at) {
        try {
            KeyPair keys = keys();
            Properties p = new Properties();
            p.setProperty("courtId", courtId);
            p.setProperty("seq", Long.toString(seq));
            p.setProperty("hash", hash);
            p.setProperty("at", at.toString());
            p.setProperty("signature", sign(keys.getPrivate(), payload(courtId, seq, hash, at)));
            Files.createDirectories(dir);
            Path file = dir.resolve(courtId + "-" + String.format("%012d", seq) + ".checkpoint");
            Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
            try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "CEP audit checkpoint: the head of " + courtId + "'s audit chain, signed (Ed25519)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the audit checkpoint of " + courtId + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The newest checkpoint of a court (highest seq), or null when there is none. */
    public Checkpoint latest(String courtId) {
        if (!Files.isDirectory(dir)) return null;
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> mine = files.filter(f -> f.getFileName().toString().startsWith(courtId + "-")
                            && f.getFileName().toString().endsWith(".checkpoint"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
            return mine.isEmpty() ? null : read(mine.get(mine.size() - 1));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the audit checkpoints in " + dir, e);
        }
    }

    Checkpoint read(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        try {
            String courtId = p.getProperty("courtId");
            long seq = Long.parseLong(p.getProperty("seq"));
            String hash = p.getProperty("hash");
            Instant at = Instant.parse(p.getProperty("at"));
            boolean valid = verify(keys().getPublic(), payload(courtId, seq, hash, at), p.getProperty("signature"));
            return new Checkpoint(courtId, seq, hash, at, valid, file);
        } catch (RuntimeException | GeneralSecurityException e) {
            return new Checkpoint(p.getProperty("courtId"), -1, null, null, false, file);
        }
    }

    private static byte[] payload(String courtId, long seq, String hash, Instant at) {
        return ("cep-audit-checkpoint-v1\n" + courtId + "\n" + seq + "\n" + hash + "\n" + at).getBytes(StandardCharsets.UTF_8);
    }

    private static String sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(key);
        s.update(data);
        return Base64.getEncoder().encodeToString(s.sign());
    }

    private static boolean verify(PublicKey key, byte[] data, String signature) throws GeneralSecurityException {
        if (signature == null) return false;
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(key);
        s.update(data);
        try {
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** The signing key: read from its file, or made and written there (owner-only) the first time. */
    private KeyPair keys() throws IOException, GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        if (Files.exists(keyFile)) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(keyFile, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(p.getProperty("public")))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(p.getProperty("private")))));
        }
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Properties p = new Properties();
        p.setProperty("public", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        p.setProperty("private", Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        Path tmp = keyFile.resolveSibling("." + keyFile.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "CEP audit checkpoint signing key (Ed25519). Keep it apart from the database; copy the same file to every node.");
        }
        Files.move(tmp, keyFile, StandardCopyOption.ATOMIC_MOVE);
        return keys;
    }
}
