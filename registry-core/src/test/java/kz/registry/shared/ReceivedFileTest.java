package kz.registry.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceivedFileTest {

    @Test
    void aStartRemovesTheUploadsOfProcessesThatDiedButNotThoseOfRunningOnes(@TempDir Path folder) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path orphan = Files.createFile(folder.resolve("registry-upload-" + gone.pid() + "-123.part"));
        Path ours = Files.createFile(folder.resolve("registry-upload-" + ProcessHandle.current().pid() + "-456.part"));
        Path someoneElses = Files.createFile(folder.resolve("other-" + gone.pid() + "-789.part"));

        assertEquals(1, ReceivedFile.removeOrphans(folder));

        assertFalse(Files.exists(orphan), "a dead process's upload is removed");
        assertTrue(Files.exists(ours), "a running process's upload stays: its job may still read it");
        assertTrue(Files.exists(someoneElses), "only the registry's own uploads are touched");
    }

    @Test
    void anUploadIsNamedAfterItsProcess() throws Exception {
        try (ReceivedFile file = ReceivedFile.of(new ByteArrayInputStream("a,b".getBytes(StandardCharsets.UTF_8)), "")) {
            try (var names = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                assertTrue(names.anyMatch(name -> name.getFileName().toString()
                        .startsWith("registry-upload-" + ProcessHandle.current().pid() + "-")));
            }
            assertEquals(64, file.digest().length());
        }
    }
}
