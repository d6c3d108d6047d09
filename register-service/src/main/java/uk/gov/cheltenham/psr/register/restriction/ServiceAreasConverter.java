package uk.gov.cheltenham.psr.register.restriction;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Service areas in one column, comma-separated (area names never contain commas). */
@Converter
class ServiceAreasConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> areas) {
		return (areas == null || areas.isEmpty()) ? null : String.join(",", areas);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return (column == null || column.isEmpty()) ? List.of() : Arrays.asList(column.split(","));
	}

}
