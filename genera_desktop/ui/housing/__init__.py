"""The Casa section (issue 13): landlords and dwellings, guarantee funds with their
applications, arrears cases with their instalments."""
