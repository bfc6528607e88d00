"""The adolescents' plan on screen (the Adolescenti section, for users with its area):
the point's young people with their consents, a young person's plan, the hours register
of a school-work experience entered by keyboard."""
