package org.cep.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.Test;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Fails the build when a JAX-RS operation of any bundle does not say who may call it. The request
 * pipeline refuses such an operation to everyone at run time (fail closed); this finds it before it ships.
 * Runs in the unit-test phase of this module, which Maven builds after every bundle of the assembly, and
 * reads the compiled classes of every folder under bundles/, so a new bundle is covered without a change here.
 * The rule is the pipeline's: {@code @PermitAll} on the method, or {@code @RolesAllowed} on the method or its class.
 */
public class EveryOperationDeclaresItsRolesTest {
    private static final Set<String> OPERATION = Set.of("Ljavax/ws/rs/GET;", "Ljavax/ws/rs/POST;", "Ljavax/ws/rs/PUT;",
            "Ljavax/ws/rs/PATCH;", "Ljavax/ws/rs/DELETE;", "Ljavax/ws/rs/HEAD;", "Ljavax/ws/rs/OPTIONS;", "Ljavax/ws/rs/Path;");
    private static final String ROLES_ALLOWED = "Ljavax/annotation/security/RolesAllowed;";
    private static final String PERMIT_ALL = "Ljavax/annotation/security/PermitAll;";

    /** What the check found: every public operation, and those that declare no roles. */
    record Scan(List<String> operations, List<String> undeclared) {
    }

    static Path bundlesFolder() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("bundles")) && Files.isRegularFile(p.resolve("pom.xml"))) return p.resolve("bundles");
        }
        throw new AssertionError("no bundles/ folder above " + Path.of("").toAbsolutePath());
    }

    /** Reads the compiled classes of one folder (a bundle's target/classes). */
    static Scan scan(Path classes) throws IOException {
        List<String> operations = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    new ClassReader(in).accept(new OperationFinder(operations, undeclared), ClassReader.SKIP_CODE);
                }
            }
        }
        return new Scan(operations, undeclared);
    }

    @Test
    public void everyOperationOfEveryBundleDeclaresWhoMayCallIt() throws IOException {
        List<String> operations = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(bundlesFolder())) {
            for (Path bundle : bundles.filter(b -> Files.isDirectory(b.resolve("src/main/java"))).sorted().toList()) {
                Path classes = bundle.resolve("target/classes");
                if (!Files.isDirectory(classes)) fail(bundle.getFileName() + " has sources but no compiled classes: build it first");
                Scan s = scan(classes);
                s.operations().forEach(o -> operations.add(bundle.getFileName() + ": " + o));
                s.undeclared().forEach(o -> undeclared.add(bundle.getFileName() + ": " + o));
            }
        }
        // the platform, cases and live seizure have over forty operations: a scan that finds few read the wrong classes
        assertTrue("operations found: " + operations, operations.size() >= 40);
        assertEquals("operations without @RolesAllowed (method or class) or @PermitAll (method; a class-level @PermitAll is not honoured)",
                List.of(), undeclared);
    }

    /** Collects the class's annotations, then judges each public method that JAX-RS can call. */
    private static final class OperationFinder extends ClassVisitor {
        private final List<String> operations;
        private final List<String> undeclared;
        private String className;
        private boolean classRolesAllowed;

        OperationFinder(List<String> operations, List<String> undeclared) {
            super(Opcodes.ASM9);
            this.operations = operations;
            this.undeclared = undeclared;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            className = name.replace('/', '.');
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            if (descriptor.equals(ROLES_ALLOWED)) classRolesAllowed = true;
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if ((access & Opcodes.ACC_PUBLIC) == 0 || (access & (Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0) {
                return null;
            }
            Set<String> annotations = new HashSet<>();
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    annotations.add(annotation);
                    return null;
                }

                @Override
                public void visitEnd() {
                    if (annotations.stream().noneMatch(OPERATION::contains)) return;
                    String operation = className + "#" + name;
                    operations.add(operation);
                    boolean declared = annotations.contains(PERMIT_ALL) || annotations.contains(ROLES_ALLOWED) || classRolesAllowed;
                    if (!declared) undeclared.add(operation);
                }
            };
        }
    }
}
