package uk.gov.cheltenham.psr.register.restriction;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A set of channels in one column, comma-separated names. */
@Converter
class ContactChannelsConverter implements AttributeConverter<Set<ContactChannel>, String> {

	@Override
	public String convertToDatabaseColumn(Set<ContactChannel> channels) {
		return (channels == null || channels.isEmpty()) ? null
				: channels.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	@Override
	public Set<ContactChannel> convertToEntityAttribute(String column) {
		Set<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);
		if (column != null && !column.isEmpty()) {
			for (String name : column.split(",")) {
				channels.add(ContactChannel.valueOf(name));
			}
		}
		return channels;
	}

}
