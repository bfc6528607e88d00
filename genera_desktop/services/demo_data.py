"""Realistic synthetic data for demos, tests and benchmarks (``genera demo``).

``generate(households, seed, today)`` yields ``(kind, record)`` pairs, every record a dict
with "id" and every field of docs/dev/records.md (None, False or [] when empty), in an
order where a record comes after every record it refers to. The same seed and day give
byte-identical output: only ``random.Random(seed)`` draws, nothing reads the clock.

Choices worth knowing:
- Six points, one per comune except Acquafredda (1,500 inhabitants, no point of its own):
  its families are registered by the Remedello point, the nearest, which holds a weekly
  "diffuse" desk in Acquafredda's library (said in the point's notes). Households keep
  their own comune in ``municipality``.
- Households spread over the comuni by population; their mix (origin, size, type) is
  what the points of the Brescia lowlands meet: an Italian majority, then Romanian,
  Moroccan, Albanian, Punjabi, Pakistani, Ukrainian, Senegalese and Chinese families.
- Women keep their own surname, as Italian registries do; children take the father's.
  Children of immigrants born after their parents arrived are born in an Italian
  hospital town, and their codes say so.
- Ids are UUIDv7-shaped, their time part taken from the record's own date, so they sort
  roughly by creation as real ones do.
"""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar, cast

from genera_desktop.domain import vocab
from genera_desktop.domain.codice_fiscale import encode, homocode, provisional_check_digit
from genera_desktop.domain.text import fold
from genera_desktop.services.community import demo as demo_community
from genera_desktop.services.housing import demo as demo_housing
from genera_desktop.services.work import demo as demo_work
from genera_desktop.services.youth import demo as demo_youth

Record = dict[str, object]
T = TypeVar("T")

YEAR = 365.2425
_EPOCH = date(1970, 1, 1).toordinal()
# Points and contexts exist from the programme's start, whatever "today" the caller gives,
# so generate_catalog needs no date and its ids match those of generate.
PROGRAMME_START = date(2024, 9, 2)


class _Pick(Generic[T]):
    """A weighted choice with its cumulative weights computed once (rng.choices redoes
    that on every call, and this runs a few million times for 50,000 households)."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum: list[float] = []
        running = 0.0
        for _, weight in pairs:
            running += weight
            self.cum.append(running)
        self.total = running

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect_right(self.cum, rng.random() * self.total)]


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",")]


def _even(items: Sequence[T]) -> _Pick[T]:
    return _Pick([(item, 1.0) for item in items])


# -- the catalog -----------------------------------------------------------------------
# fmt: off

# code, name, comune, address, phone, notes
POINTS = (
    ("MON", "Punto di Comunità Montichiari – Borgosotto", "Montichiari", "Via Trieste 48", "030 961 2210", None),
    ("CAL", "Punto di Comunità Calcinato", "Calcinato", "Piazza Aldo Moro 2", "030 996 3140", None),
    ("CVS", "Punto di Comunità Calvisano", "Calvisano", "Via Vittorio Emanuele II 31", "030 968 7725", None),
    ("CRP", "Punto di Comunità Carpenedolo", "Carpenedolo", "Via Giuseppe Mazzini 19", "030 969 8410", None),
    ("REM", "Punto di Comunità Remedello e Acquafredda", "Remedello", "Via Roma 56", "030 957 1302",
     "Serve anche Acquafredda: punto diffuso il martedì mattina presso la biblioteca comunale."),
    ("VIS", "Punto di Comunità Visano", "Visano", "Piazza Fiume 3", "030 995 8106", None),
)

# comune -> (point code, inhabitants, streets)
MUNICIPALITIES = {
    "Montichiari": ("MON", 26400, _names("Via Trieste, Via Brescia, Via Mantova, Via Cavour, Via Guglielmo Marconi, Via Felice Cavallotti, Via Santa Cristina, Via Boschetti di Sopra, Via Giacomo Leopardi, Via Martiri della Libertà, Via Sant'Antonio, Via Lombardia, Via Ciotti, Via Borgosotto, Via Vighizzolo, Via Novagli, Via Chiarini, Via San Pietro, Piazza Santa Maria, Via Tito Speri")),
    "Calcinato": ("CAL", 13000, _names("Via Roma, Via Arnaldo da Brescia, Via Guglielmo Marconi, Via San Vincenzo, Via Prati, Via Stazione, Via Ponte San Marco, Via Calcinatello, Via Tiziano, Via Giuseppe Garibaldi, Via Bologna, Via Medaglie d'Oro")),
    "Carpenedolo": ("CRP", 13100, _names("Via Dante Alighieri, Via Giuseppe Garibaldi, Via Giacomo Matteotti, Via Giuseppe Mazzini, Via Santi, Via Alcide De Gasperi, Via Montichiari, Via Calvisano, Via Casalmoro, Via San Giovanni, Via Papa Giovanni XXIII")),
    "Calvisano": ("CVS", 8400, _names("Via Vittorio Emanuele II, Via Roma, Via San Michele, Via Mezzane, Via Malpaga, Via Viadana, Via Isorella, Via Montichiari, Via Dante Alighieri, Via Giuseppe Verdi")),
    "Remedello": ("REM", 3300, _names("Via Roma, Via Guglielmo Marconi, Via Remedello Sopra, Via Sabbioneta, Via Giuseppe Verdi, Via Cesare Battisti, Via Acquafredda")),
    "Visano": ("VIS", 1950, _names("Via Roma, Piazza Fiume, Via Isorella, Via Giuseppe Garibaldi, Via Bassa, Via San Pietro")),
    "Acquafredda": ("REM", 1550, _names("Via Roma, Via Giuseppe Verdi, Via Carpenedolo, Via Chiesa, Via Dante Alighieri, Via Casalmoro")),
}

# name, comune, address, manager, type, relative size (share of the comune's context homes)
CONTEXTS = (
    ("ALER Via Boschetti", "Montichiari", "Via Boschetti di Sopra 12", "aler", "block", 4),
    ("ALER Borgosotto", "Montichiari", "Via Borgosotto 70", "aler", "block", 3),
    ("Condominio sociale Via Trieste", "Montichiari", "Via Trieste 112", "comune", "condominio_sociale", 2),
    ("ALER Via Prati", "Calcinato", "Via Prati 25", "aler", "block", 3),
    ("Case comunali Ponte San Marco", "Calcinato", "Via Ponte San Marco 8", "comune", "building", 1),
    ("Alloggi comunali Via Santi", "Carpenedolo", "Via Santi 41", "comune", "building", 1),
    ("ALER Via San Michele", "Calvisano", "Via San Michele 17", "aler", "building", 1),
    ("Palazzina comunale Via Marconi", "Remedello", "Via Guglielmo Marconi 9", "comune", "building", 1),
)
CONTEXT_SHARE = 0.15

OPERATORS = {
    "MON": ("a.bonetti", "s.treccani", "m.zanola", "f.el.amrani"),
    "CAL": ("l.pelizzari", "g.bodei", "c.franzoni"),
    "CVS": ("r.gandini", "e.tonoli"),
    "CRP": ("d.bazzoli", "p.ghidini", "n.bertoni"),
    "REM": ("v.lonati", "i.maffezzoni"),
    "VIS": ("t.apostoli", "v.lonati"),
}
# One custode for Montichiari's contexts, one for the others.
CUSTODI = {"Montichiari": "r.pasini"}
OTHER_CUSTODE = "e.gatti"


# -- people ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Origin:
    """Where a family comes from, and the names, countries and habits that go with it."""

    country: str  # birthplace, in Italian, as the codice fiscale tables know it
    citizenship: str
    needs_permit: bool  # outside the EU
    surnames: list[str]
    male: list[str]
    female: list[str]
    max_children: int = 3  # Italian families: rarely more than three
    feminine: str = ""  # "pl": -ski -> -ska; "kaur": Sikh women are mostly registered Kaur


ITALIAN = Origin(
    "Italia", "Italia", False,
    _names("Rossi, Bianchi, Ferrari, Bonetti, Zanola, Treccani, Pasini, Gatti, Bertoni, Tonoli, Bresciani, Lonati, Bettinzoli, Gandini, Ghidini, Zani, Mor, Rizzi, Pelizzari, Cavagnini, Baronio, Bazzoli, Franzoni, Bodei, Apostoli, Boletti, Maffezzoni, Guarneri, Bontempi, Ragnoli, Marchetti, Manenti, Vezzoli, Brunelli, Cantù, Bertè, D'Angelo, De Rosa, Esposito, Russo, Romano, Greco, Lombardi, Colombo, Ricci, Marino, Gallo, Conti, Mancini, Giordano, Rinaldi, Caruso, Galli, Martini, Leone, Longo, Gentile, Vitale, Coppola, De Santis, D'Amico, Dal Bosco, La Rosa, Lo Presti, Scaroni, Lancini, Quaresmini, Facchetti, Sbaraini, Bonomi"),
    _names("Marco, Luca, Giuseppe, Giovanni, Andrea, Francesco, Alessandro, Matteo, Stefano, Paolo, Roberto, Giorgio, Mario, Angelo, Franco, Bruno, Luigi, Sergio, Massimo, Fabio, Davide, Simone, Nicolò, Mattia, Lorenzo, Leonardo, Tommaso, Riccardo, Gabriele, Pietro, Giacomo, Emanuele, Federico, Cristian, Walter, Gianluca, Pierangelo, Battista, Domenico, Salvatore, Antonio, Vincenzo, Gennaro, Elia"),
    _names("Maria, Anna, Giulia, Francesca, Chiara, Sara, Laura, Elena, Paola, Silvia, Valentina, Federica, Alessia, Martina, Sofia, Aurora, Giorgia, Emma, Alice, Beatrice, Ginevra, Zoë, Rosa, Angela, Giuseppina, Lucia, Teresa, Carla, Franca, Luisa, Graziella, Mariangela, Daniela, Roberta, Monica, Barbara, Cristina, Noemi, Matilde, Irene"),
)
FOREIGN = (
    (9.0, Origin("Romania", "Romania", False,
        _names("Popescu, Ionescu, Popa, Stan, Dumitru, Munteanu, Constantin, Stoica, Ștefănescu, Țurcanu, Moldovan, Rusu, Lungu, Ciobanu, Mihai, Nistor"),
        _names("Ștefan, Andrei, Ion, Mihai, Alexandru, Gheorghe, Vasile, Florin, Cristian, Ionuț, Răzvan, Marius, Adrian, Bogdan, Constantin"),
        _names("Maria, Elena, Ioana, Andreea, Mihaela, Alina, Florentina, Cristina, Gabriela, Ana, Daniela, Roxana, Larisa, Bianca, Ștefania"))),
    (7.0, Origin("Marocco", "Marocco", True,
        _names("El Idrissi, Benali, Bouzid, El Amrani, Ait Ben Ali, Chakir, Ouali, Lahlou, Berrada, El Fassi, Haddad, Ziani, Tazi, Bennani"),
        _names("Mohamed, Youssef, Ahmed, Hassan, Rachid, Abdelkader, Karim, Said, Mustapha, Omar, Ayoub, Hamza, Adam, Ilyas, Yassine"),
        _names("Fatima, Khadija, Aicha, Nadia, Samira, Hanane, Meryem, Salma, Imane, Zineb, Latifa, Nora, Amina, Houda"), 5)),
    (6.0, Origin("Albania", "Albania", True,
        _names("Hoxha, Shehu, Gashi, Krasniqi, Berisha, Kola, Dervishi, Çela, Leka, Basha, Marku, Prifti, Hysa, Dushku"),
        _names("Përparim, Arben, Ermal, Gentian, Besnik, Fatmir, Ilir, Klodian, Altin, Dritan, Erion, Agron, Luan, Mërgim"),
        _names("Blerta, Elira, Mirela, Anila, Entela, Ardita, Jonida, Lindita, Esmeralda, Fjolla, Ornela, Xhulia, Klea, Ana"), 4)),
    (6.0, Origin("India", "India", True,
        _names("Singh, Sandhu, Gill, Dhillon, Sidhu, Grewal, Brar, Randhawa, Sekhon, Kumar, Sharma"),
        _names("Gurpreet, Harpreet, Manpreet, Jaspreet, Gurvinder, Harjinder, Sukhwinder, Balwinder, Kulwinder, Amrit, Jaskaran, Arjun, Rajesh, Sandeep, Lovepreet"),
        _names("Harpreet, Manpreet, Jaspreet, Simranjit, Navjot, Amandeep, Rajwinder, Gurleen, Jasleen, Kiranjit, Parminder, Sukhjeet"), 4, "kaur")),
    (3.0, Origin("Pakistan", "Pakistan", True,
        _names("Khan, Ahmed, Hussain, Ali, Butt, Iqbal, Raza, Malik, Shah, Chaudhry, Javed, Akhtar, Rehman"),
        _names("Muhammad, Imran, Asif, Bilal, Usman, Adeel, Kashif, Tariq, Zeeshan, Faisal, Hamza, Shahid"),
        _names("Ayesha, Fatima, Sana, Nadia, Amna, Saima, Rabia, Hina, Zainab, Mehwish, Sadia"), 5)),
    (3.0, Origin("Ucraina", "Ucraina", True,
        _names("Kovalenko, Shevchenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boiko, Moroz, Lysenko, Savchenko, Rudenko, Marchenko"),
        _names("Oleksandr, Andrii, Serhii, Dmytro, Volodymyr, Mykola, Ivan, Yurii, Taras, Bohdan"),
        _names("Olena, Nataliia, Oksana, Iryna, Tetiana, Svitlana, Halyna, Yuliia, Kateryna, Larysa, Mariia, Anastasiia"))),
    (2.5, Origin("Senegal", "Senegal", True,
        _names("Diop, Ndiaye, Fall, Sow, Gueye, Diallo, Sarr, Faye, Mbaye, Ba, Cissé, Niang, Thiam, Seck"),
        _names("Mamadou, Ibrahima, Cheikh, Moussa, Abdoulaye, Ousmane, Modou, Serigne, Pape, Aliou, Babacar, Lamine"),
        _names("Fatou, Aminata, Awa, Mariama, Khady, Ndeye, Astou, Coumba, Adama, Rokhaya, Bineta"), 5)),
    (2.5, Origin("Cina", "Cina", True,
        _names("Hu, Wang, Zhang, Chen, Lin, Zhou, Ye, Xu, Li, Huang, Wu, Jin, Zheng, Pan"),
        _names("Wei, Jian, Ming, Hao, Jun, Lei, Tao, Yong, Qiang, Bin, Feng, Xiaolong"),
        _names("Li, Mei, Xiu, Yan, Hui, Jing, Ling, Fang, Xiaoli, Yuyan, Lina, Qing"), 2)),
    (0.8, Origin("Polonia", "Polonia", False,
        _names("Nowak, Kowalski, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, Szymański"),
        _names("Łukasz, Piotr, Tomasz, Krzysztof, Paweł, Michał, Marcin"),
        _names("Małgorzata, Agnieszka, Katarzyna, Anna, Magdalena, Joanna, Ewa"), 3, "pl")),
    (0.6, Origin("Turchia", "Turchia", True,
        _names("Yılmaz, Kaya, Demir, Öztürk, Şahin, Çelik, Aydın"),
        _names("Mehmet, Mustafa, Emre, Murat, Ahmet, Hüseyin"),
        _names("Gülşen, Ayşe, Elif, Zeynep, Şule, Özlem"))),
    (0.4, Origin("Francia", "Francia", False,
        _names("Dubois, Lefèvre, Moreau, Girard, Mercier, Faure"),
        _names("François, Jérôme, Thibault, Noël, Benoît"),
        _names("Hélène, Zoë, Céline, Amélie, Maëlle, Gaëlle"))),
)
_FOREIGN_ORIGIN = _Pick([(origin, weight) for weight, origin in FOREIGN])
_PARTNER_ORIGIN = _even([origin for _, origin in FOREIGN if origin.country in ("Romania", "Ucraina", "Albania", "Marocco", "Polonia")])
# Where people born in Italy were born: adults from the area, Brescia's province and the
# South; children mostly in the hospital towns around.
_ITALIAN_BIRTHPLACE = _Pick([
    ("Montichiari", 14), ("Calcinato", 6), ("Carpenedolo", 6), ("Calvisano", 4), ("Remedello", 2),
    ("Visano", 1), ("Acquafredda", 1), ("Brescia", 12), ("Desenzano del Garda", 4), ("Ghedi", 3),
    ("Castenedolo", 2), ("Salò", 1), ("Bedizzole", 1), ("Leno", 2), ("Manerbio", 2), ("Napoli", 3),
    ("Palermo", 2), ("Bari", 1.5), ("Foggia", 1.5), ("Catania", 1.5), ("Reggio di Calabria", 1),
    ("Crotone", 1), ("Caserta", 1), ("Taranto", 1), ("Agrigento", 1), ("Cosenza", 1),
])
_HOSPITAL_TOWN = _Pick([
    ("Brescia", 40), ("Desenzano del Garda", 28), ("Montichiari", 12), ("Manerbio", 10),
    ("Castiglione delle Stiviere", 6), ("Asola", 4),
])

# type -> (weight, share of Italian families)
HOUSEHOLD_TYPES = {
    "single_elderly": (17, 0.9),
    "single_adult": (17, 0.55),
    "couple": (10, 0.75),
    "family": (27, 0.45),
    "single_parent": (13, 0.6),
    "extended": (5, 0.3),
    "elderly_with_child": (6, 0.85),
    "grandparent": (2, 0.8),
    "siblings": (1.5, 0.5),
    "cohabitants": (1.5, 0.3),
}
_HOUSEHOLD_TYPE = _Pick([(name, weight) for name, (weight, _) in HOUSEHOLD_TYPES.items()])
# Contexts stand in five comuni: their households live in one a little more often, so
# that CONTEXT_SHARE of all households do.
_CONTEXT_CHANCE = CONTEXT_SHARE * sum(m[1] for m in MUNICIPALITIES.values()) / sum(
    MUNICIPALITIES[comune][1] for comune in {c[1]: None for c in CONTEXTS})
_MUNICIPALITY = _Pick([(name, float(population)) for name, (_, population, _) in MUNICIPALITIES.items()])
_MARITAL = {
    "elderly_alone": _Pick([("widowed", 65), ("single", 12), ("divorced", 10), ("separated", 8), ("married", 5)]),
    "alone": _Pick([("single", 55), ("separated", 18), ("divorced", 20), ("widowed", 7)]),
    "single_parent": _Pick([("separated", 35), ("divorced", 20), ("single", 35), ("widowed", 10)]),
    "old_parent": _Pick([("widowed", 80), ("married", 12), ("divorced", 8)]),
}
_EDUCATION = {
    "elderly": _Pick([("none", 8), ("primary", 45), ("lower_secondary", 30), ("vocational", 9), ("upper_secondary", 6), ("degree", 2)]),
    "italian": _Pick([("primary", 3), ("lower_secondary", 38), ("vocational", 24), ("upper_secondary", 27), ("degree", 8)]),
    "foreign": _Pick([("none", 9), ("primary", 22), ("lower_secondary", 30), ("vocational", 12), ("upper_secondary", 19), ("degree", 8)]),
}
_WORK_ADULT = _Pick([("employed", 40), ("unemployed", 32), ("homemaker", 12), ("unable_to_work", 6)])
_WORK_ELDERLY = _Pick([("retired", 80), ("homemaker", 12), ("unable_to_work", 5), ("employed", 3)])
_CHILDREN = _Pick([(1, 40), (2, 38), (3, 15), (4, 5), (5, 2)])
_PERMIT = _Pick([("yes", 82), ("pending", 12), ("no", 6)])
_MOBILE = _names("320, 324, 327, 328, 329, 331, 333, 334, 335, 338, 339, 340, 342, 345, 346, 347, 348, 349, 350, 351, 366, 370, 371, 375, 377, 380, 388, 389, 391, 392, 393")
_MAIL_DOMAIN = _Pick([("gmail.com", 45), ("libero.it", 15), ("hotmail.it", 12), ("yahoo.it", 8), ("outlook.it", 8), ("virgilio.it", 5), ("icloud.com", 4), ("alice.it", 3)])

_TENURE = _Pick([("rented", 55), ("owned", 14), ("guest", 12), ("public_housing", 8), ("occupied_without_title", 2), ("other", 4)])
_NEEDS = _Pick([("economic", 40), ("work", 25), ("housing", 20), ("family", 12), ("migration", 8), ("education", 8), ("health", 8), ("other", 3)])
_OUTCOME = _Pick([("referral", 28), ("taken_on", 34), ("information", 28), ("closed", 10)])
_OUTCOME_NOTES = {
    "referral": _names("Inviata ai servizi sociali per valutazione, Inviato al Centro per l'Impiego, Segnalata al piano integrato casa, Accompagnamento allo sportello ISEE"),
    "taken_on": _names("Presa in carico dal punto: progetto condiviso con la famiglia, Presa in carico con colloqui quindicinali, Progetto su lavoro e casa"),
    "information": _names("Date informazioni su bandi affitto, Date informazioni su assegno di inclusione, Orientamento ai servizi del territorio"),
    "closed": _names("Bisogno risolto, La famiglia non si è più presentata, Trasferita in altro comune"),
}
_SERVICES = _names("Servizi sociali comunali, Centro per l'Impiego, Consultorio familiare, CPS, SerD, Caritas parrocchiale, Medico di medicina generale, Tutela minori, Scuola")
_REFERRED_BY = _names("Servizi sociali del Comune, Caritas parrocchiale, Medico di medicina generale, Istituto comprensivo, Centro per l'Impiego, Consultorio familiare, ALER Brescia-Cremona-Mantova, Associazione di volontariato")
_CONSENT_RATE = {"processing": 1.0, "special_categories": 0.55, "network_sharing": 0.45, "contact": 0.85}
_CONTACT_TYPE = _Pick([("interview", 45), ("phone_call", 35), ("home_visit", 8), ("email", 5), ("other", 7)])
_CONTACT_NOTES = _names("Colloquio di aggiornamento sulla situazione lavorativa, Portati i documenti per l'ISEE, Richiesta di aiuto per il pagamento delle bollette, Aggiornamento sulla domanda di casa popolare, Verifica dell'iscrizione dei figli al centro estivo, Telefonata per fissare un appuntamento, Accompagnamento per lo SPID")
_ORGANISATIONS_OUT = _names("Centro per l'Impiego di Montichiari, Piano integrato lavoro, Piano integrato casa, Caritas parrocchiale, Emporio solidale, Consultorio familiare ASST del Garda, CPS di Montichiari, ALER Brescia-Cremona-Mantova, Sportello stranieri, CAF – sportello ISEE, Patronato")
_ORGANISATIONS_IN = _names("Istituto comprensivo, Medico di medicina generale, Caritas parrocchiale, ALER Brescia-Cremona-Mantova, Consultorio familiare ASST del Garda")
_REFERRAL_OUTCOMES = _names("Attivato tirocinio, Contributo economico concesso, Inserita in graduatoria, Avviato percorso di sostegno, Nessun seguito")
_FOLLOW_UP_NOTES = _names("Richiamare per l'esito della domanda ISEE, Verificare l'esito del colloquio al CPI, Fissare colloquio con tutta la famiglia, Controllare la scadenza del permesso di soggiorno, Sentire l'assistente sociale, Consegnare il modulo firmato")
_CONDITIONS = _names("Diabete di tipo 2, Ipertensione, Esiti di ictus, BPCO, Demenza lieve, Disturbo depressivo, Disturbo dello spettro autistico, Artrosi grave, Cardiopatia")
_FLAGGED_FIRST = _Pick([("social_services", 30), ("custode", 35), ("neighbour", 10), ("porter", 10), ("self", 10), ("other", 5)])
_FLAGGED_LATER = _Pick([("custode", 80), ("self", 10), ("neighbour", 5), ("social_services", 5)])
_VISIT_TYPE = _Pick([("home_visit", 45), ("shared_spaces", 15), ("phone", 25), ("accompaniment", 8), ("group_activity", 7)])
_ISSUES = _Pick([("loneliness", 20), ("emotional_support", 15), ("maintenance", 18), ("neighbour_conflict", 8), ("vandalism", 4), ("rent_arrears", 10), ("health_hygiene", 6), ("barriers", 6), ("digital_help", 13)])
_VISIT_REFERRALS = _Pick([("social_services", 45), ("aler", 25), ("gp", 15), ("point", 15)])
_ACTIONS = _names("Ascolto e sostegno, Segnalato il guasto al gestore, Aiuto per la prenotazione di una visita, Mediazione con i vicini, Accompagnamento in farmacia, Aiuto per attivare lo SPID, Invito all'attività di cortile")
_VISIT_OUTCOMES = _names("Situazione stabile, Da rivedere a breve, Problema risolto, In attesa di risposta dal gestore")
# Members of an immigrant family who were born abroad whatever their age.
_CAME_AS_ADULTS = frozenset(("parent", "other_relative", "spouse", "partner", "other"))

# fmt: on


@dataclass(slots=True)
class _Member:
    """A person while the household is being put together."""

    relation: str
    sex: str
    birth: int  # ordinal
    origin: Origin
    last_name: str
    marital: str | None


def _feminine(origin: Origin, surname: str, rng: random.Random) -> str:
    if origin.feminine == "pl" and surname.endswith("ki"):
        return surname[:-1] + "a"
    if origin.feminine == "kaur" and rng.random() < 0.7:
        return "Kaur"
    return surname


class _Generator:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.random = rng.random
        self.today = today.toordinal()
        self.case_numbers: dict[tuple[str, int], int] = {}
        self.contexts: dict[str, _Pick[str]] = {}  # comune -> context ids
        self.context_custode: dict[str, str] = {}
        self.context_address: dict[str, str] = {}

    # random.Random's choice and randint cost ~0.6 us each through _randbelow; these use
    # one random() call, and a few million draws make a second of difference.
    def choice(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def between(self, low: int, high: int) -> int:
        """A whole number from ``low`` to ``high``, both included."""
        return low + int(self.random() * (high - low + 1))

    def uid(self, day: int) -> str:
        """A UUIDv7-shaped id: 48-bit ms time (between 8:00 and 17:20 of ``day``),
        version 7, 12 random bits, variant 10, 62 random bits."""
        bits = self.rng.getrandbits(99)  # 25 for the time of day (9.3 h), 12 + 62 random
        ms = (day - _EPOCH) * 86_400_000 + 28_800_000 + (bits >> 74)
        rand_a, rand_b = (bits >> 62) & 0xFFF, bits & ((1 << 62) - 1)
        variant = 0x8000 | rand_b >> 48  # 10, then the first 14 bits of rand_b
        rest = rand_b & 0xFFFF_FFFF_FFFF
        return f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-7{rand_a:03x}-{variant:04x}-{rest:012x}"

    def years_ago(self, low: float, high: float) -> int:
        """A birth ordinal for an age between ``low`` and ``high`` years (high excluded)."""
        return self.today - self.between(int(low * YEAR), int(high * YEAR) - 1)

    # -- catalog

    def catalog(self) -> Iterator[tuple[str, Record]]:
        day = PROGRAMME_START.toordinal()
        for code, name, comune, address, phone, notes in POINTS:
            yield (
                "point",
                {
                    "id": self.uid(day),
                    "code": code,
                    "name": name,
                    "municipality": comune,
                    "address": address,
                    "phone": phone,
                    "notes": notes,
                },
            )
        by_comune: dict[str, list[tuple[str, float]]] = {}
        for name, comune, address, manager, context_type, size in CONTEXTS:
            ident = self.uid(day)
            by_comune.setdefault(comune, []).append((ident, size))
            self.context_custode[ident] = CUSTODI.get(comune, OTHER_CUSTODE)
            self.context_address[ident] = address
            yield (
                "housing_context",
                {
                    "id": ident,
                    "name": name,
                    "address": address,
                    "municipality": comune,
                    "manager": manager,
                    "context_type": context_type,
                    "custode_site": None,
                    "notes": None,
                },
            )
        self.contexts = {comune: _Pick(pairs) for comune, pairs in by_comune.items()}

    # -- who lives together

    def adult(
        self,
        relation: str,
        origin: Origin,
        sex: str,
        birth: int,
        marital: str | None = None,
        last_name: str | None = None,
    ) -> _Member:
        if last_name is None:
            last_name = self.choice(origin.surnames)
            if sex == "F":
                last_name = _feminine(origin, last_name, self.rng)
        return _Member(relation, sex, birth, origin, last_name, marital)

    def children(
        self,
        mother: int,
        origin: Origin,
        surname: str,
        count: int,
        oldest: float,
        relation: str = "child",
    ) -> list[_Member]:
        rng = self.rng
        first = max(mother + int(18 * YEAR), self.today - int(oldest * YEAR))
        last = min(mother + int(45 * YEAR), self.today - 30)
        if first > last:
            return []
        kids = []
        for birth in sorted(self.between(first, last) for _ in range(count)):
            sex = "F" if rng.random() < 0.49 else "M"
            name = _feminine(origin, surname, rng) if sex == "F" else surname
            kids.append(_Member(relation, sex, birth, origin, name, None))
        return kids

    def members(self, kind: str, origin: Origin) -> list[_Member]:
        rng, r, Y = self.rng, self.rng.random, YEAR
        if kind == "single_elderly":
            return [
                self.adult(
                    "reference",
                    origin,
                    "F" if r() < 0.65 else "M",
                    self.years_ago(65, 96),
                    _MARITAL["elderly_alone"](rng),
                )
            ]
        if kind == "single_adult":
            return [
                self.adult(
                    "reference",
                    origin,
                    "M" if r() < 0.6 else "F",
                    self.years_ago(20, 65),
                    _MARITAL["alone"](rng),
                )
            ]
        if kind == "siblings":
            ref = self.adult(
                "reference", origin, "M" if r() < 0.5 else "F", self.years_ago(22, 60), "single"
            )
            sex = "M" if r() < 0.5 else "F"
            surname = _feminine(origin, ref.last_name, rng) if sex == "F" else ref.last_name
            birth = min(
                ref.birth + self.between(int(-10 * Y), int(10 * Y)), self.today - int(18 * Y)
            )
            return [ref, _Member("sibling", sex, birth, origin, surname, "single")]
        if kind == "cohabitants":
            people = [
                self.adult(
                    "reference", origin, "M" if r() < 0.6 else "F", self.years_ago(20, 60), "single"
                )
            ]
            for _ in range(self.between(1, 2)):
                other = origin if r() < 0.6 else _FOREIGN_ORIGIN(rng)
                people.append(
                    self.adult(
                        "other",
                        other,
                        "M" if r() < 0.6 else "F",
                        self.years_ago(20, 60),
                        _MARITAL["alone"](rng),
                    )
                )
            return people
        if kind == "grandparent":
            grandparent = self.adult(
                "reference",
                origin,
                "F" if r() < 0.7 else "M",
                self.years_ago(58, 82),
                _MARITAL["old_parent"](rng),
            )
            kids = self.children(
                grandparent.birth + int(22 * Y),
                origin,
                self.choice(origin.surnames),
                self.between(1, 2),
                17,
                "grandchild",
            )
            return [grandparent, *kids] if kids else [grandparent]
        if kind == "elderly_with_child":
            old = self.adult(
                "parent",
                origin,
                "F" if r() < 0.65 else "M",
                self.years_ago(72, 93),
                _MARITAL["old_parent"](rng),
            )
            surname = old.last_name if old.sex == "M" else self.choice(origin.surnames)
            kid = self.children(
                old.birth if old.sex == "F" else old.birth + int(3 * Y), origin, surname, 1, 65
            )
            if not kid:
                old.relation = "reference"
                return [old]
            child = kid[0]
            child.marital = _MARITAL["alone"](rng)
            if r() < 0.5:
                old.relation, child.relation = "reference", "child"
            else:
                child.relation = "reference"
            return [old, child] if old.relation == "reference" else [child, old]
        if kind == "single_parent":
            parent = self.adult(
                "reference",
                origin,
                "F" if r() < 0.85 else "M",
                self.years_ago(22, 58),
                _MARITAL["single_parent"](rng),
            )
            surname = (
                parent.last_name if parent.sex == "M" or r() < 0.2 else self.choice(origin.surnames)
            )
            mother_birth = (
                parent.birth if parent.sex == "F" else parent.birth + self.between(0, int(6 * Y))
            )
            count = min(_CHILDREN(rng), origin.max_children, 3)
            return [parent, *self.children(mother_birth, origin, surname, count, 24)]
        # couples: "couple", "family", "extended"
        low, high = {"couple": (25, 86), "family": (24, 56), "extended": (26, 55)}[kind]
        ref = self.adult("reference", origin, "F" if r() < 0.55 else "M", self.years_ago(low, high))
        partner_origin = (
            _PARTNER_ORIGIN(rng) if origin is ITALIAN and ref.sex == "M" and r() < 0.08 else origin
        )
        gap = self.between(int(-3 * Y), int(8 * Y))  # the husband is usually the older
        birth = ref.birth + gap if ref.sex == "M" else ref.birth - gap
        birth = min(birth, self.today - int(19 * Y))
        married = r() < (0.6 if origin is ITALIAN else 0.85)
        partner = self.adult(
            "spouse" if married else "partner",
            partner_origin,
            "F" if ref.sex == "M" else "M",
            birth,
        )
        ref.marital = partner.marital = "married" if married else "cohabiting"
        father, mother = (ref, partner) if ref.sex == "M" else (partner, ref)
        people = [ref, partner]
        if kind != "couple":
            count = (
                min(_CHILDREN(rng), origin.max_children) if kind == "family" else self.between(0, 2)
            )
            people += self.children(
                mother.birth,
                father.origin,
                father.last_name,
                count,
                28 if origin is ITALIAN else 23,
            )
        if kind == "extended":  # with a parent of the reference person, or an in-law
            child = ref if r() < 0.6 else partner
            sex = "F" if r() < 0.65 else "M"
            birth = max(
                child.birth - self.between(int(20 * Y), int(38 * Y)), self.today - int(96 * Y)
            )
            same_name = child.last_name if sex == "M" and child.sex == "M" else None
            relation = "parent" if child is ref else "other_relative"
            people.append(
                self.adult(
                    relation, child.origin, sex, birth, _MARITAL["old_parent"](rng), same_name
                )
            )
        return people[:7]

    # -- records

    def household(self, day: int) -> Iterator[tuple[str, Record]]:
        """The household registered on ``day`` and everything recorded about it since."""
        rng, r = self.rng, self.rng.random
        comune = _MUNICIPALITY(rng)
        point, _, streets = MUNICIPALITIES[comune]
        kind = _HOUSEHOLD_TYPE(rng)
        origin = ITALIAN if r() < HOUSEHOLD_TYPES[kind][1] else _FOREIGN_ORIGIN(rng)
        members = self.members(kind, origin)
        ident = self.uid(day)
        year = date.fromordinal(day).year
        number = self.case_numbers[point, year] = self.case_numbers.get((point, year), 0) + 1
        context = None
        if comune in self.contexts and r() < _CONTEXT_CHANCE:
            context = self.contexts[comune](rng)
        persons = self.persons(ident, day, members)
        reference = persons[0]
        intake = self.intake(ident, day, point, reference, persons, context) if r() < 0.7 else None
        address = flat = None
        if context is not None:
            address = self.context_address[context]
            flat = f"Scala {'ABCD'[int(r() * 4)]}, int. {self.between(1, 24)}"
        elif intake is None or not intake["homeless"]:
            address = f"{self.choice(streets)} {self.between(1, 140)}"
            flat = f"int. {self.between(1, 12)}" if r() < 0.2 else None
        household: Record = {
            "id": ident,
            "point": point,
            "municipality": comune,
            "address": address,
            "flat": flat,
            "phone": reference["phone"] if r() < 0.85 else None,
            "email": reference["email"] if r() < 0.5 else None,
            "housing_context": context,
            "status": self.status(day, intake),
            "case_number": f"{point}-{year}-{number:04d}",
            "registered_on": date.fromordinal(day).isoformat(),
            "notes": "Preferisce essere contattata nel pomeriggio." if r() < 0.05 else None,
            "merged_into": None,
            "import_ref": None,
        }
        yield "household", household
        for person in persons:
            yield "person", person
        if intake is not None:
            if "special_categories" in cast("list[str]", intake["consents"]):
                yield from self.health(ident, day, persons)
            yield "intake", intake
        yield from self.follow_through(ident, day, point, comune, persons, intake)
        if context is not None:
            yield from self.visits(ident, day, context, persons)

    def status(self, day: int, intake: Record | None) -> str:
        r = self.random
        if intake is None:
            return "active" if day < self.today - 60 and r() < 0.3 else "new"
        outcome = intake["outcome"]
        if outcome == "taken_on":
            return "suspended" if r() < 0.1 else "taken_on"
        if outcome == "information":
            return "active" if r() < 0.6 else "closed"
        return "closed" if outcome == "closed" else "active"

    def persons(self, household: str, day: int, members: list[_Member]) -> list[Record]:
        rng, r, today = self.rng, self.rng.random, self.today
        oldest = min(m.birth for m in members)
        arrival = today - self.between(int(YEAR), int(26 * YEAR))
        arrival = max(arrival, oldest + int(16 * YEAR))
        naturalised = today - arrival > 10 * YEAR and r() < 0.35
        italian_parent = any(
            m.origin is ITALIAN and m.relation in ("reference", "spouse", "partner")
            for m in members
        )
        permit = _PERMIT(rng)
        records: list[Record] = []
        for m in members:
            age = (today - m.birth) / YEAR
            born = date.fromordinal(m.birth)
            young = m.relation in ("child", "grandchild") and age < 30
            if m.origin is ITALIAN:
                place = _HOSPITAL_TOWN(rng) if young else _ITALIAN_BIRTHPLACE(rng)
            elif m.birth >= arrival and m.relation not in _CAME_AS_ADULTS:
                place = _HOSPITAL_TOWN(rng)
            else:
                place = m.origin.country
            citizenship = (
                "Italia"
                if m.origin is ITALIAN or naturalised or (young and italian_parent)
                else m.origin.citizenship
            )
            foreign = citizenship != "Italia"
            residence_permit = (
                (permit if r() < 0.9 else _PERMIT(rng))
                if foreign and m.origin.needs_permit
                else None
            )
            first = self.choice(m.origin.female if m.sex == "F" else m.origin.male)
            tax_code = self.tax_code(
                m, first, born, place, foreign and place == m.origin.country, residence_permit
            )
            phone = email = None
            if age >= 14 and r() < (
                0.93 if m.relation == "reference" else 0.5 if age >= 18 else 0.3
            ):
                phone = _phone(rng)
            if age >= 16 and r() < (0.35 if m.relation == "reference" else 0.12):
                email = _email(rng, first, m.last_name)
            records.append(
                {
                    "id": self.uid(day),
                    "household": household,
                    "first_name": first,
                    "last_name": m.last_name,
                    "tax_code": tax_code,
                    "tax_code_missing": tax_code is None,
                    "birth_date": born.isoformat(),
                    "birth_place": place,
                    "sex": m.sex,
                    "citizenship": citizenship,
                    "residence_permit": residence_permit,
                    "marital_status": m.marital or ("single" if age >= 18 else None),
                    "education": self.education(age, m.origin),
                    "work_status": self.work(age, m.sex),
                    "phone": phone,
                    "email": email,
                    "relation": m.relation,
                    "is_reference": m.relation == "reference",
                    "notes": None,
                    "merged_into": None,
                }
            )
        return records

    def tax_code(
        self, m: _Member, first: str, born: date, place: str, immigrant: bool, permit: str | None
    ) -> str | None:
        """A full code for most; for people born abroad who never held an Italian
        citizenship, sometimes a provisional number or none, more so with a permit pending."""
        draw = self.random()
        if not immigrant:
            form = "full" if draw < 0.996 else "none"
        elif permit == "pending":
            form = "provisional" if draw < 0.35 else "none" if draw < 0.55 else "full"
        else:
            form = "full" if draw < 0.91 else "provisional" if draw < 0.97 else "none"
        if form == "provisional":
            head = f"{int(self.random() * 10_000_000):07d}017"  # 017: the Brescia office
            return head + provisional_check_digit(head)
        if form == "none":
            return None
        code = encode(m.last_name, first, m.sex, born, place)
        return homocode(code) if self.random() < 0.003 else code

    def education(self, age: float, origin: Origin) -> str | None:
        if age < 11:
            return None
        if age < 14:
            return "primary"
        if age < 19:
            return "lower_secondary"
        return _EDUCATION[
            "elderly" if age >= 68 else "italian" if origin is ITALIAN else "foreign"
        ](self.rng)

    def work(self, age: float, sex: str) -> str | None:
        if age < 6:
            return None
        if (
            age < 16
            or (age < 19 and self.rng.random() < 0.85)
            or (age < 26 and self.rng.random() < 0.15)
        ):
            return "student"
        if age >= 66:
            return _WORK_ELDERLY(self.rng)
        status = _WORK_ADULT(self.rng)
        if status == "homemaker" and sex == "M" and self.rng.random() < 0.8:
            status = "unemployed"
        if age >= 60 and self.rng.random() < 0.4:
            status = "retired"
        return status

    def intake(
        self,
        household: str,
        day: int,
        point: str,
        reference: Record,
        persons: list[Record],
        context: str | None,
    ) -> Record:
        rng, r = self.rng, self.rng.random
        when = min(day + (self.between(0, 14) if r() < 0.3 else 0), self.today)
        size = len(persons)
        homeless = context is None and r() < 0.025
        tenure = "homeless" if homeless else "public_housing" if context else _TENURE(rng)
        arrears = tenure in ("rented", "public_housing") and r() < 0.25
        works = {p["work_status"] for p in persons}
        income = [
            source
            for source, yes in (
                ("work", "employed" in works),
                ("pension", "retired" in works or "unable_to_work" in works),
                ("benefits", r() < (0.5 if "unemployed" in works else 0.25)),
                (
                    "maintenance",
                    reference["marital_status"] in ("separated", "divorced") and r() < 0.4,
                ),
                ("informal", r() < 0.12),
            )
            if yes
        ] or ["none"]
        stated = self.sample(_NEEDS, self.choice((1, 1, 2, 2, 3)), vocab.NEEDS)
        observed = self.sample(_NEEDS, 1, vocab.NEEDS) if r() < 0.4 else []
        outcome = _OUTCOME(rng)
        referred = r() < 0.35
        isee = r() < 0.65
        notice = r() < 0.97
        return {
            "id": self.uid(when),
            "household": household,
            "date": date.fromordinal(when).isoformat(),
            "point": point,
            "operator": self.choice(OPERATORS[point]),
            "channel": "referral" if referred else "direct",
            "referred_by": self.choice(_REFERRED_BY) if referred else None,
            "reference_person": reference["id"],
            "homeless": homeless,
            "housing_tenure": tenure,
            "overcrowding": r() < (0.45 if size >= 5 else 0.1 if size >= 3 else 0.02),
            "barriers": r()
            < (0.25 if any(p["work_status"] == "retired" for p in persons) else 0.04),
            "arrears": arrears,
            "eviction": arrears and r() < 0.25,
            "income_sources": income,
            "isee_value": round(_isee(rng), 2) if isee else None,
            "isee_date": date.fromordinal(when - self.between(0, 300)).isoformat()
            if isee
            else None,
            "needs_stated": stated,
            "needs_observed": sorted(set(stated) | set(observed), key=vocab.NEEDS.index),
            "services_involved": ", ".join(rng.sample(_SERVICES, self.between(1, 2)))
            if r() < 0.5
            else None,
            "outcome": outcome,
            "outcome_notes": self.choice(_OUTCOME_NOTES[outcome]) if r() < 0.7 else None,
            "next_appointment": date.fromordinal(when + self.between(7, 45)).isoformat()
            if outcome in ("taken_on", "referral") and r() < 0.8
            else None,
            "privacy_notice_date": date.fromordinal(when).isoformat() if notice else None,
            "consents": [c for c in vocab.CONSENTS if notice and r() < _CONSENT_RATE[c]],
            "notes": None,
        }

    def sample(self, pick: _Pick[str], count: int, order: Sequence[str]) -> list[str]:
        """``count`` different weighted draws, in the order of the vocabulary."""
        chosen: list[str] = []
        while len(chosen) < count:
            item = pick(self.rng)
            if item not in chosen:
                chosen.append(item)
        return sorted(chosen, key=order.index)

    def health(
        self, household: str, day: int, persons: list[Record]
    ) -> Iterator[tuple[str, Record]]:
        """Health sections, only where the family consented to special-category data."""
        rng = self.rng
        for person in persons:
            old = person["work_status"] == "retired"
            if rng.random() < (0.3 if old else 0.05):
                disability = rng.random() < 0.6
                yield (
                    "health",
                    {
                        "id": self.uid(day),
                        "person": person["id"],
                        "household": household,
                        "disability": disability,
                        "disability_percent": self.choice((34, 46, 67, 75, 100))
                        if disability
                        else None,
                        "invalidity_recognised": disability and rng.random() < 0.7,
                        "dependence": old and rng.random() < 0.3,
                        "conditions": self.choice(_CONDITIONS),
                        "notes": None,
                    },
                )

    def dates_since(self, start: int, count: int) -> list[int]:
        """``count`` ordinals from ``start`` to today, in order."""
        return sorted(self.between(start, self.today) for _ in range(count))

    def follow_through(
        self,
        household: str,
        day: int,
        point: str,
        comune: str,
        persons: list[Record],
        intake: Record | None,
    ) -> Iterator[tuple[str, Record]]:
        """Contacts, referrals and follow-ups of one household."""
        rng, r, today = self.rng, self.rng.random, self.today
        operators = OPERATORS[point]
        adults = [p for p in persons if p["work_status"] not in (None, "student")] or persons
        # The first contact is the registration interview itself.
        for i, when in enumerate([day, *self.dates_since(day, self.between(0, 3))]):
            yield (
                "contact",
                {
                    "id": self.uid(when),
                    "household": household,
                    "date": date.fromordinal(when).isoformat(),
                    "contact_type": "interview" if i == 0 else _CONTACT_TYPE(rng),
                    "person": persons[0]["id"] if r() < 0.8 else self.choice(adults)["id"],
                    "operator": self.choice(operators),
                    "notes": self.choice(_CONTACT_NOTES) if r() < 0.6 else None,
                },
            )
        if r() < 0.25:
            for when in self.dates_since(day, 1 if r() < 0.8 else 2):
                out = r() < 0.75
                age = today - when
                status = self.choice(
                    ("closed", "closed", "accepted", "refused")
                    if age > 90
                    else ("sent", "in_progress", "accepted")
                )
                organisation = self.choice(_ORGANISATIONS_OUT if out else _ORGANISATIONS_IN)
                if r() < 0.3:
                    organisation = f"Servizi sociali – Comune di {comune}"
                yield (
                    "referral",
                    {
                        "id": self.uid(when),
                        "household": household,
                        "date": date.fromordinal(when).isoformat(),
                        "direction": "out" if out else "in",
                        "organisation": organisation,
                        "organisation_ref": None,
                        "status": status,
                        "outcome": self.choice(_REFERRAL_OUTCOMES)
                        if status in ("closed", "refused")
                        else None,
                        "notes": None,
                    },
                )
        if r() < (0.5 if intake else 0.15):
            for _ in range(1 if r() < 0.75 else 2):
                draw = r()
                done_on = None
                if draw < 0.25 and day < today:  # overdue
                    due = self.between(max(day, today - 60), today - 1)
                elif draw < 0.45:  # due this week
                    due = today + self.between(0, 6)
                elif draw < 0.65:
                    due = today + self.between(7, 60)
                else:  # done, on the day or a little late
                    due = self.between(day, today)
                    done_on = min(due + self.choice((0, 0, 1, 3, 7)), today)
                yield (
                    "follow_up",
                    {
                        "id": self.uid(min(day + 1, today)),
                        "household": household,
                        "due_date": date.fromordinal(due).isoformat(),
                        "operator": self.choice(operators),
                        "note": self.choice(_FOLLOW_UP_NOTES),
                        "done": done_on is not None,
                        "done_on": date.fromordinal(done_on).isoformat()
                        if done_on is not None
                        else None,
                    },
                )

    def visits(
        self, household: str, day: int, context: str, persons: list[Record]
    ) -> Iterator[tuple[str, Record]]:
        """The custode's visits to a household of a housing context over the last six months."""
        rng, r = self.rng, self.rng.random
        reachable = [p for p in persons if p["work_status"] is not None] or persons
        for i, when in enumerate(self.dates_since(max(day, self.today - 182), self.between(3, 10))):
            issues = self.sample(_ISSUES, self.choice((0, 1, 1, 1, 2, 3)), vocab.VISIT_ISSUES)
            yield (
                "visit",
                {
                    "id": self.uid(when),
                    "housing_context": context,
                    "date": date.fromordinal(when).isoformat(),
                    "time": f"{self.between(9, 18):02d}:{5 * int(r() * 12):02d}",
                    "household": household,
                    "person": None
                    if r() < 0.1
                    else persons[0]["id"]
                    if r() < 0.7
                    else self.choice(reachable)["id"],
                    "flagged_by": (_FLAGGED_LATER if i else _FLAGGED_FIRST)(rng),
                    "contact_type": _VISIT_TYPE(rng),
                    "issues": issues,
                    "actions": self.choice(_ACTIONS) if issues or r() < 0.3 else None,
                    "referrals": self.sample(_VISIT_REFERRALS, 1, vocab.VISIT_REFERRALS)
                    if issues and r() < 0.3
                    else [],
                    "outcome": self.choice(_VISIT_OUTCOMES) if r() < 0.8 else None,
                    "next_visit": date.fromordinal(when + self.between(7, 30)).isoformat()
                    if r() < 0.6
                    else None,
                    "operator": self.context_custode[context],
                    "notes": None,
                },
            )


def _email(rng: random.Random, first: str, last: str) -> str:
    handle = re.sub("[^a-z]", "", fold(first)) + "." + re.sub("[^a-z]", "", fold(last))
    number = str(int(rng.random() * 99) + 1) if rng.random() < 0.5 else ""
    return f"{handle}{number}@{_MAIL_DOMAIN(rng)}"


def _isee(rng: random.Random) -> float:
    """ISEE values of families in difficulty: most under the €9,360 threshold."""
    band = rng.random()
    if band < 0.4:
        return rng.uniform(0, 6000)
    if band < 0.65:
        return rng.uniform(6000, 9360)
    if band < 0.87:
        return rng.uniform(9360, 16000)
    return rng.uniform(16000, 30000)


def _phone(rng: random.Random) -> str:
    prefix = _MOBILE[int(rng.random() * len(_MOBILE))]
    number = f"{int(rng.random() * 10_000_000):07d}"
    style = rng.random()
    if style < 0.5:
        return f"{prefix} {number}"
    if style < 0.75:
        return prefix + number
    return f"+39 {prefix} {number[:3]} {number[3:]}"


def generate_catalog(seed: int) -> Iterator[tuple[str, Record]]:
    """The points and housing contexts alone, with the ids ``generate(…, seed, …)`` gives."""
    yield from _Generator(random.Random(seed), PROGRAMME_START).catalog()


def generate(households: int, seed: int, today: date) -> Iterator[tuple[str, Record]]:
    """Yield ``(kind, record)`` for the catalog and ``households`` households with their
    persons, intakes, health sections, contacts, referrals, follow-ups and visits, each
    record after those it refers to. Households come in registration order (over the two
    years before ``today``, more of them recently), so case numbers count up with dates.
    """
    rng = random.Random(seed)
    generator = _Generator(rng, today)
    yield from generator.catalog()
    # Community life (services/community/demo.py): the network's directory first, the
    # workshops and initiatives once their people exist.
    community = demo_community.Community(seed, today, OPERATORS)
    youth = demo_youth.Youth(seed, today, OPERATORS)
    for kind, record in (*community.directory(PROGRAMME_START),
                         *youth.directory(PROGRAMME_START)):
        youth.note(kind, record)
        yield kind, record
    # The work plan (services/work/demo.py): companies and vacancies, then its seekers.
    work = demo_work.WorkDemo(seed, today, community.organisations)
    yield from work.directory(PROGRAMME_START)
    end = today.toordinal()
    # sqrt of a uniform draw leans towards 1: registrations grow as the programme gets known.
    days = sorted(end - int(730 * (1 - rng.random() ** 0.5)) for _ in range(households))
    housing = demo_housing.Housing(seed, today)  # services/housing/demo.py
    for day in days:
        for kind, record in generator.household(day):
            community.note(kind, record)
            housing.note(kind, record)
            work.note(kind, record)
            youth.note(kind, record)
            yield kind, record
    for kind, record in community.life():
        youth.note(kind, record)
        yield kind, record
    yield from housing.life(community.organisations.get("immobiliare garda casa"))
    yield from work.life()
    yield from youth.life()  # the adolescents' plan (services/youth/demo.py)
