package uk.gov.cheltenham.psr.markerconsumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The team's marker set and how far into each partition of the topic it reflects, kept
 * together in one file so that they always match: the file is written whole to a
 * temporary file and moved over the old one, so a crash leaves the old state or the new
 * one, never half of each. After a crash the consumer goes on from the saved positions;
 * applying a record twice is harmless (adding or removing a reference twice changes
 * nothing).
 * <p>
 * The file holds the team's own references only; delete it (or start with
 * {@code --rebuild}) to build the set again from the start of the topic.
 */
final class MarkerState {

	private static final String HEADER = "# PSR marker consumer state: this team's marker set and topic positions";

	private final String team;

	private final Set<String> references = new TreeSet<>();

	private final Map<Integer, Long> positions = new TreeMap<>();

	private MarkerState(String team) {
		this.team = team;
	}

	static MarkerState empty(String team) {
		return new MarkerState(team);
	}

	/**
	 * The state saved in {@code file}, or an empty one if there is none.
	 * @throws IllegalStateException if the file belongs to another team or is damaged
	 */
	static MarkerState load(Path file, String team) {
		MarkerState state = new MarkerState(team);
		if (!Files.exists(file)) {
			return state;
		}
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int equals = line.indexOf('=');
				if (equals < 0) {
					throw new IllegalStateException("Damaged state file " + file + ": rebuild it");
				}
				String name = line.substring(0, equals);
				String value = line.substring(equals + 1);
				if (name.equals("team") && !value.equals(team)) {
					throw new IllegalStateException("State file " + file + " is team " + value + "'s, not " + team);
				}
				else if (name.startsWith("position.")) {
					state.positions.put(Integer.parseInt(name.substring("position.".length())), Long.parseLong(value));
				}
				else if (name.equals("marker")) {
					state.references.add(value);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException("Damaged state file " + file + ": rebuild it");
		}
		return state;
	}

	void save(Path file) {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		lines.add("team=" + this.team);
		this.positions.forEach((partition, offset) -> lines.add("position." + partition + "=" + offset));
		this.references.forEach((reference) -> lines.add("marker=" + reference));
		try {
			Path directory = file.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
			Files.write(temporary, lines, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return whether the set changed
	 */
	boolean add(String reference) {
		return this.references.add(reference);
	}

	/**
	 * @return whether the set changed
	 */
	boolean remove(String reference) {
		return this.references.remove(reference);
	}

	Long position(int partition) {
		return this.positions.get(partition);
	}

	void position(int partition, long offset) {
		this.positions.put(partition, offset);
	}

	Set<String> references() {
		return Collections.unmodifiableSet(this.references);
	}

	String team() {
		return this.team;
	}

}
