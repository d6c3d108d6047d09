package uk.gov.cheltenham.psr.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresTest {

	@TempDir
	Path dataDir;

	@Test
	void sharedServerRunsQueriesInItsOwnDatabases() throws Exception {
		Postgres postgres = Postgres.shared();
		postgres.createDatabase("postgres_test").createDatabase("postgres_test");
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres_test"), postgres.username(),
				postgres.password()); Statement statement = connection.createStatement()) {
			try (ResultSet result = statement.executeQuery("select current_database(), 40 + 2")) {
				assertThat(result.next()).isTrue();
				assertThat(result.getString(1)).isEqualTo("postgres_test");
				assertThat(result.getInt(2)).isEqualTo(42);
			}
		}
	}

	@Test
	void persistentServerKeepsDataAcrossRestarts() throws Exception {
		Path pgData = this.dataDir.resolve("pg");
		int port = FreePorts.find();
		Postgres first = Postgres.start(pgData, port);
		try {
			first.createDatabase("launcher");
			execute(first, "create table note (text varchar(20))", "insert into note values ('kept')");
		}
		finally {
			first.stop();
		}
		Postgres second = Postgres.start(pgData, port);
		try {
			assertThat(second.port()).isEqualTo(port);
			try (Connection connection = DriverManager.getConnection(second.jdbcUrl("launcher"), second.username(),
					second.password());
					Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("select text from note")) {
				assertThat(result.next()).isTrue();
				assertThat(result.getString(1)).isEqualTo("kept");
			}
		}
		finally {
			second.stop();
		}
	}

	private static void execute(Postgres postgres, String... sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("launcher"), postgres.username(),
				postgres.password()); Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}

}
