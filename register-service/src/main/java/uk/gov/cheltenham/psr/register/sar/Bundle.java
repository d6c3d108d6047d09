package uk.gov.cheltenham.psr.register.sar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import uk.gov.cheltenham.psr.internalapi.SubjectAccessDocument;
import uk.gov.cheltenham.psr.internalapi.SubjectAccessPart;

/**
 * Everything gathered for one subject access request, as one tree: kind → record id → the
 * record's fields, nested lists and maps included. Every node has a stable path (segments
 * joined by {@code /}, list positions as numbers), which is what the CRO redacts; the
 * letters' PDFs are documents named by the path of the field that refers to them.
 */
public final class Bundle {

	private final Map<String, Object> tree;

	private final List<SubjectAccessDocument> documents;

	private Bundle(Map<String, Object> tree, List<SubjectAccessDocument> documents) {
		this.tree = tree;
		this.documents = documents;
	}

	/** The parts merged; record kinds of different parts do not overlap. */
	public static Bundle of(Collection<SubjectAccessPart> parts) {
		Map<String, Object> tree = new LinkedHashMap<>();
		List<SubjectAccessDocument> documents = new ArrayList<>();
		for (SubjectAccessPart part : parts) {
			part.records().forEach((kind, records) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> ofKind = (Map<String, Object>) tree.computeIfAbsent(kind,
						(key) -> new LinkedHashMap<String, Object>());
				ofKind.putAll(records);
			});
			documents.addAll(part.documents());
		}
		return new Bundle(tree, List.copyOf(documents));
	}

	/** Every value with its path, depth first in the order gathered. */
	public List<BundleItem> items() {
		Set<String> documentPaths = this.documents.stream()
			.map(SubjectAccessDocument::itemPath)
			.collect(Collectors.toSet());
		List<BundleItem> items = new ArrayList<>();
		walk("", this.tree, (path, value) -> items
			.add(new BundleItem(path, (value != null) ? value.toString() : null, documentPaths.contains(path))));
		return items;
	}

	/** Whether {@code path} names a value, record, list or kind of this bundle. */
	public boolean contains(String path) {
		if (path == null || path.isBlank()) {
			return false;
		}
		Object node = this.tree;
		for (String segment : path.split("/", -1)) {
			if (node instanceof Map<?, ?> map && map.containsKey(segment)) {
				node = map.get(segment);
			}
			else if (node instanceof List<?> list && segment.matches("\\d{1,9}")
					&& Integer.parseInt(segment) < list.size()) {
				node = list.get(Integer.parseInt(segment));
			}
			else {
				return false;
			}
		}
		return true;
	}

	/**
	 * The tree as released: each redacted node replaced by its reason, e.g.
	 * {@code "[REDACTED: third-party personal data]"}; the gathered tree is unchanged.
	 */
	public Map<String, Object> redacted(Collection<Redaction> redactions) {
		@SuppressWarnings("unchecked")
		Map<String, Object> copy = (Map<String, Object>) copy("", this.tree, redactions);
		return copy;
	}

	/** The documents released: those whose item is not redacted. */
	public List<SubjectAccessDocument> releasedDocuments(Collection<Redaction> redactions) {
		return this.documents.stream()
			.filter((document) -> redactions.stream().noneMatch((redaction) -> redaction.covers(document.itemPath())))
			.toList();
	}

	private static Object copy(String path, Object node, Collection<Redaction> redactions) {
		for (Redaction redaction : redactions) {
			if (!path.isEmpty() && redaction.covers(path)) {
				return redaction.reason().replacement();
			}
		}
		if (node instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, value) -> copy.put(key.toString(), copy(child(path, key), value, redactions)));
			return copy;
		}
		if (node instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				copy.add(copy(child(path, i), list.get(i), redactions));
			}
			return copy;
		}
		return node;
	}

	private static void walk(String path, Object node, LeafVisitor visitor) {
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> walk(child(path, key), value, visitor));
		}
		else if (node instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				walk(child(path, i), list.get(i), visitor);
			}
		}
		else {
			visitor.visit(path, node);
		}
	}

	private static String child(String path, Object segment) {
		return path.isEmpty() ? segment.toString() : path + "/" + segment;
	}

	private interface LeafVisitor {

		void visit(String path, Object value);

	}

}
