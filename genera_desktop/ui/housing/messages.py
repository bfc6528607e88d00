"""The housing plan's refusals in the window's words (ui/messages.py asks here first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from genera_desktop.domain.errors import Refused

translate = QCoreApplication.translate


def refusal_text(err: Refused) -> str | None:
    """The sentence for a housing refusal, with its amounts; None for another code."""
    texts = {
        "money_coordinator_only": translate(
            "HousingMessages", "Approvare, respingere, chiudere ed erogare spetta al "
                               "coordinamento: le decisioni sul denaro si prendono in un "
                               "posto solo."),
        "amount_approved_needed": translate(
            "HousingMessages", "Per approvare una domanda serve l'importo approvato."),
        "fund_exceeded": translate(
            "HousingMessages", "L'importo supera la disponibilità del fondo ({detail})."),
        "isee_above_max": translate(
            "HousingMessages", "L'ISEE della domanda supera il massimo del fondo ({detail})."),
        "disbursement_exceeds": translate(
            "HousingMessages", "Con questa erogazione si supererebbe l'importo approvato "
                               "(amount_approved) della domanda ({detail})."),
        "budget_below_committed": translate(
            "HousingMessages", "La dotazione del fondo non può scendere sotto quanto le "
                               "domande hanno già impegnato ({detail})."),
        "application_disbursed": translate(
            "HousingMessages", "Su questa domanda sono già stati erogati {detail}: resta "
                               "approvata, erogata o chiusa, nel suo fondo, con un importo "
                               "approvato non inferiore."),
        "fund_in_use": translate(
            "HousingMessages", "Il fondo ha ancora {detail} domande: eliminarle o spostarle "
                               "su un altro fondo prima."),
        "pact_same_person": translate(
            "HousingMessages", "Chi ospita e chi è ospitato devono essere due persone."),
        "pair_roles": translate(
            "HousingMessages", "Una coabitazione unisce la disponibilità di chi ospita a "
                               "quella di chi cerca alloggio."),
        "pact_has_visits": translate(
            "HousingMessages", "Questa coabitazione ha già visite di monitoraggio, fatte a "
                               "chi ospita e a chi è ospitato: non si cambiano più. Chiudi "
                               "questa coabitazione (fase «Conclusa») e avviane una nuova."),
        "visit_before_pact": translate(
            "HousingMessages", "La visita non può essere prima dell'inizio della "
                               "coabitazione ({detail})."),
        "two_points_coordinator": translate(
            "HousingMessages", "Una coabitazione tra nuclei di due punti si registra al "
                               "coordinamento, l'unica postazione che li ha entrambi."),
    }
    text = texts.get(err.code)
    return None if text is None else text.replace("{detail}", err.detail)
