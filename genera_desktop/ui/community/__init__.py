"""Community life on screen: workshops, their sessions, enrolments and attendance."""
