package uk.gov.cheltenham.psr.partnersync;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import uk.gov.cheltenham.psr.platform.config.EnablePsrPlatform;

/** CBH data sharing under the data-sharing agreement (P1–P3, R12). */
@SpringBootApplication
@EnablePsrPlatform
public class PartnerSyncServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(PartnerSyncServiceApplication.class, args);
	}

}
