"""The «Lavoro» section (issue 12): vacancies, a vacancy's ranked candidates with
«Proponi», a person's «Profilo lavoro»."""
