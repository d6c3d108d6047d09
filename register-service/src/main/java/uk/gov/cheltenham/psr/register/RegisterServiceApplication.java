package uk.gov.cheltenham.psr.register;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import uk.gov.cheltenham.psr.platform.config.EnablePsrPlatform;

/** The single Personal Safety Register (R1–R14, M1–M2). */
@SpringBootApplication
@EnablePsrPlatform
public class RegisterServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(RegisterServiceApplication.class, args);
	}

}
