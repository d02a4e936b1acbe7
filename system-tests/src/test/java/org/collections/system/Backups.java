package org.collections.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.collections.testsupport.PostgresDatabase;
import org.collections.testsupport.ServiceProcess;

/**
 * A service's database backed up and restored with the operator's scripts, bin/backup and bin/restore (pg_dump -Fc,
 * pg_restore into a fresh database owned by the service's role), against the test PostgreSQL server.
 */
final class Backups {

    private static final Path BIN = Path.of("..", "bin").toAbsolutePath().normalize();

    private Backups() {
    }

    /** Dumps the service's database, while it runs, into {@code file}. */
    static void backup(ServiceProcess service, Path file) {
        run("backup", "--database", service.database(), service.name(), file.toAbsolutePath().toString());
        assertThat(file).as("the dump").isNotEmptyFile();
    }

    /**
     * Restores {@code file} into a fresh database that then takes the service's database name (the service must be
     * stopped), and drops the database it replaced.
     */
    static void restore(ServiceProcess service, Path file) throws SQLException {
        run("restore", "--database", service.database(), service.name(), file.toAbsolutePath().toString());
        for (String[] replaced : Sql.rows("postgres", "select datname from pg_database where starts_with(datname, ?)",
                service.database() + "_replaced_")) {
            PostgresDatabase.dropDatabase(PostgresDatabase.adminUrl(), replaced[0]);
        }
    }

    private static void run(String script, String... args) {
        List<String> command = new ArrayList<>(List.of(BIN.resolve(script).toString()));
        command.addAll(List.of(args));
        try {
            Path log = file(script + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(PostgresDatabase.libpqEnvironment(PostgresDatabase.adminUrl()));
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("bin/" + script + " still runs after 2 minutes; see " + log);
            }
            assertThat(process.exitValue()).as("bin/%s %s:%n%s", script, String.join(" ", args),
                    Files.readString(log, StandardCharsets.UTF_8)).isZero();
        } catch (IOException e) {
            throw new IllegalStateException("could not run bin/" + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A place for dumps under the module's target directory. */
    static Path file(String name) throws IOException {
        return Files.createDirectories(Path.of("target", "backups")).resolve(name);
    }
}
