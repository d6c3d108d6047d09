package uk.gov.cheltenham.psr.markerconsumer;

/**
 * What the team system does when a marker on one of its customer references appears or
 * goes: typically set or clear a "consult the Personal Safety Register" flag on the
 * customer record. Nothing else arrives, by design (M1): no name, reason or restriction.
 * A removal must leave no trace of the marker in the team system (M2).
 */
public interface MarkerListener {

	/**
	 * The register holds an entry for the customer this team knows as {@code reference}.
	 */
	void markerSet(String reference);

	/** The marker was removed: clear the flag, keep no record that it was ever there. */
	void markerRemoved(String reference);

	/** A listener that does nothing. */
	MarkerListener NONE = new MarkerListener() {

		@Override
		public void markerSet(String reference) {
		}

		@Override
		public void markerRemoved(String reference) {
		}

	};

}
