package uk.gov.cheltenham.psr.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import uk.gov.cheltenham.psr.platform.config.EnablePsrPlatform;

/**
 * Tells subscribed teams when their customers are added to or removed from the register
 * (M3), and reminds council roles of reviews, appeals, incidents and Governance Group
 * agendas that are due (M4).
 */
@SpringBootApplication
@EnablePsrPlatform
public class NotificationServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(NotificationServiceApplication.class, args);
	}

}
