package uk.gov.cheltenham.psr.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, as problem details, request headers that Spring or Tomcat would otherwise trip
 * over deeper down with a 500 or an empty answer: a Content-Type that is not a concrete
 * media type, a form body (no PSR endpoint takes one, and parsing a broken one fails
 * inside the container), and an Accept header that is not a list of media types. Runs
 * before security, so the refusal does not depend on the token.
 */
public class RequestHeadersFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
		if (contentType != null && !isAcceptableContentType(contentType)) {
			Problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Content-Type",
					"Content-Type must be a concrete media type such as application/json, or multipart/form-data for uploads",
					HttpHeaders.CONTENT_TYPE);
			return;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && !isMediaTypeList(accept)) {
			Problems.write(response, HttpStatus.NOT_ACCEPTABLE, "Unreadable Accept header",
					"Accept must list media types, e.g. application/json", HttpHeaders.ACCEPT);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isAcceptableContentType(String value) {
		try {
			MediaType type = MediaType.parseMediaType(value);
			return !type.isWildcardType() && !type.isWildcardSubtype()
					&& !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static boolean isMediaTypeList(String value) {
		try {
			MediaType.parseMediaTypes(value);
			return true;
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
