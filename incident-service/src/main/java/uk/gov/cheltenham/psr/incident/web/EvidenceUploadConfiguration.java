package uk.gov.cheltenham.psr.incident.web;

import java.util.HashSet;
import java.util.List;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.cheltenham.psr.incident.report.EvidencePolicy;

/**
 * One setting, {@code psr.evidence.max-bytes}, bounds both the evidence policy and the
 * servlet's multipart parser, so the two cannot drift apart (this bean replaces
 * {@code spring.servlet.multipart.*}).
 */
@Configuration(proxyBeanMethods = false)
class EvidenceUploadConfiguration {

	/** Room for the form's other fields and part headers around the file. */
	static final long MULTIPART_OVERHEAD_BYTES = 64 * 1024;

	@Bean
	EvidencePolicy evidencePolicy(@Value("${psr.evidence.max-bytes}") long maxBytes,
			@Value("${psr.evidence.allowed-content-types}") List<String> allowedContentTypes) {
		return new EvidencePolicy(maxBytes, new HashSet<>(allowedContentTypes));
	}

	@Bean
	MultipartConfigElement multipartConfigElement(EvidencePolicy policy) {
		// file-size threshold 0: parts go to a temporary file, never held whole in memory
		return new MultipartConfigElement(null, policy.maxBytes(), policy.maxBytes() + MULTIPART_OVERHEAD_BYTES, 0);
	}

}
