package uk.gov.cheltenham.psr.incident.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentFileNameTest {

	private static String nameOf(String original) {
		return AttachmentController.fileName(new MockMultipartFile("file", original, "text/plain", new byte[1]));
	}

	@Test
	@DisplayName("I2: a stored file name keeps no path, quotes or control characters and is bounded")
	void fileNameIsSafeForAHeader() {
		assertThat(nameOf("C:\\Users\\me\\letter.pdf")).isEqualTo("letter.pdf");
		assertThat(nameOf("../../etc/passwd")).isEqualTo("passwd");
		assertThat(nameOf("a\"b\r\nc.txt")).isEqualTo("a_b__c.txt");
		assertThat(nameOf("")).isEqualTo("attachment");
		assertThat(nameOf("x".repeat(300))).hasSize(255);
	}

}
