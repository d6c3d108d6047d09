package uk.gov.cheltenham.psr.incident;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import uk.gov.cheltenham.psr.platform.config.EnablePsrPlatform;

/** Incident intake and independent manager review (I1–I11). */
@SpringBootApplication
@EnablePsrPlatform
public class IncidentServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(IncidentServiceApplication.class, args);
	}

}
