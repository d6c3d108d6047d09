package uk.gov.cheltenham.psr.letters;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import uk.gov.cheltenham.psr.platform.config.EnablePsrPlatform;

/** Letters to the customer and their approval workflow (L1–L7, R8, R12). */
@SpringBootApplication
@EnablePsrPlatform
public class LettersServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(LettersServiceApplication.class, args);
	}

}
