package uk.gov.cheltenham.psr.register.sar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * A subject access request for the person of one entry (D4), holding its rules: a bundle
 * is released once, only when every part is gathered, and nothing changes after release.
 */
public final class SubjectAccessRequest {

	private static final String RULE = "D4";

	private final UUID id;

	private final UUID entryId;

	private final long version;

	private final String openedBy;

	private final Instant openedAt;

	private String releasedBy;

	private Instant releasedAt;

	private final Map<PartSource, PartState> parts = new EnumMap<>(PartSource.class);

	private final List<Redaction> redactions = new ArrayList<>();

	public SubjectAccessRequest(UUID id, UUID entryId, long version, String openedBy, Instant openedAt,
			String releasedBy, Instant releasedAt, List<PartState> parts, List<Redaction> redactions) {
		this.id = id;
		this.entryId = entryId;
		this.version = version;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
		this.releasedBy = releasedBy;
		this.releasedAt = releasedAt;
		parts.forEach((part) -> this.parts.put(part.source(), part));
		this.redactions.addAll(redactions);
	}

	/** A new request, nothing gathered yet. */
	public static SubjectAccessRequest open(UUID entryId, String openedBy, Instant now) {
		return new SubjectAccessRequest(UUID.randomUUID(), entryId, 0, openedBy, now, null, null, List.of(), List.of());
	}

	public SubjectAccessStatus status() {
		if (this.releasedAt != null) {
			return SubjectAccessStatus.RELEASED;
		}
		if (this.parts.isEmpty()) {
			return SubjectAccessStatus.OPEN;
		}
		return missing().isEmpty() ? SubjectAccessStatus.READY : SubjectAccessStatus.INCOMPLETE;
	}

	/** The parts not held: never gathered, or the last attempt failed. */
	public List<PartSource> missing() {
		return Arrays.stream(PartSource.values())
			.filter((source) -> !this.parts.containsKey(source) || !this.parts.get(source).gathered())
			.toList();
	}

	/**
	 * The parts to gather now: those missing. A gathered part is kept as it is, so the
	 * paths already reviewed and redacted stay valid.
	 * @throws RuleViolation D4 once released
	 */
	public List<PartSource> toGather() {
		requireNotReleased("gathered again");
		return missing();
	}

	public void gathered(PartSource source, Instant now) {
		this.parts.put(source, new PartState(source, true, null, now));
	}

	public void notGathered(PartSource source, String problem, Instant now) {
		this.parts.put(source, new PartState(source, false, problem, now));
	}

	/**
	 * Marks an item to withhold, replacing an earlier mark on the same path.
	 * @throws RuleViolation D4 once released, or when the bundle has no such item
	 */
	public Redaction redact(Bundle bundle, String path, RedactionReason reason, String note, String markedBy,
			Instant now) {
		requireNotReleased("redacted");
		if (!bundle.contains(path)) {
			throw new RuleViolation(RULE, "The bundle has no item " + path + ": list the items to see their paths");
		}
		withdrawRedaction(path);
		Redaction redaction = new Redaction(path, Objects.requireNonNull(reason), note, markedBy, now);
		this.redactions.add(redaction);
		return redaction;
	}

	/**
	 * Releases the item again.
	 * @throws RuleViolation D4 once released
	 */
	public void withdrawRedaction(String path) {
		requireNotReleased("changed");
		this.redactions.removeIf((redaction) -> redaction.path().equals(path));
	}

	/**
	 * Releases the bundle to the subject, once.
	 * @throws RuleViolation D4 when already released or a part is missing (a half bundle
	 * is never released)
	 */
	public void release(String by, Instant now) {
		requireNotReleased("released again");
		List<PartSource> missing = missing();
		if (!missing.isEmpty()) {
			throw new RuleViolation(RULE,
					"Not everything held is gathered yet (missing: "
							+ String.join(", ", missing.stream().map(PartSource::service).toList())
							+ "): gather again before release");
		}
		this.releasedBy = by;
		this.releasedAt = now;
	}

	/**
	 * @throws RuleViolation D4 until released
	 */
	public void requireReleased() {
		if (this.releasedAt == null) {
			throw new RuleViolation(RULE, "The bundle is available once released, after redaction");
		}
	}

	private void requireNotReleased(String what) {
		if (this.releasedAt != null) {
			throw new RuleViolation(RULE, "This request was released on " + this.releasedAt + " and cannot be " + what
					+ "; open a new request");
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID entryId() {
		return this.entryId;
	}

	public long version() {
		return this.version;
	}

	public String openedBy() {
		return this.openedBy;
	}

	public Instant openedAt() {
		return this.openedAt;
	}

	public String releasedBy() {
		return this.releasedBy;
	}

	public Instant releasedAt() {
		return this.releasedAt;
	}

	public List<PartState> parts() {
		return List.copyOf(this.parts.values());
	}

	public List<Redaction> redactions() {
		return List.copyOf(this.redactions);
	}

}
