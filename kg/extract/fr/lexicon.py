"""Words and patterns of French reports, for the shared activity reader
(kg/extract/activities.py). Names are blanked before these patterns run, so `organisation`
inside `Organisation pour la sécurité et la coopération en Europe` is no verb, and `pour`
inside a name ends no list."""
from __future__ import annotations

import re

from kg.extract.fr.dates import find_dates as _find_dates
from kg.extract.fr.numbers import APPROXIMATE, WORD_NUMBER, number  # noqa: F401  (number: the reader's count parser)
from kg.extract.labels import first_words

CODE = "fr"
_A = "['’]"  # both apostrophes
_ART = rf"(?:l{_A}|la\s+|le\s+|les\s+)?"  # an article before a name
_P = r"(?:e?s?)"  # the endings of a past participle: organisé, organisée, organisés, organisées

# activity nouns (singular, lower case) -> type; plurals are matched too
ACTIVITY_NOUNS: dict[str, str] = {
    "webinaire": "Webinar", "webinar": "Webinar", "séminaire en ligne": "Webinar",
    "séminaire virtuel": "Webinar", "atelier en ligne": "Webinar", "atelier virtuel": "Webinar",
    "atelier numérique": "Webinar",
    "visioconférence": "Meeting", "vidéoconférence": "Meeting", "réunion virtuelle": "Meeting",
    "réunion en ligne": "Meeting", "réunion": "Meeting", "séance d'information": "Meeting",
    "séance d’information": "Meeting", "réunion d'information": "Meeting", "réunion d’information": "Meeting",
    "dialogue": "Meeting", "séance de travail": "Meeting", "rencontre": "Meeting",
    # a body's session ("la session ordinaire du CICTE"); "session" alone is also the Assembly's
    "session ordinaire": "Meeting", "session extraordinaire": "Meeting", "session annuelle": "Meeting",
    "session plénière": "Meeting", "séance plénière": "Meeting", "réunion plénière": "Meeting",
    "consultation interinstitutions": "Consultation", "consultation": "Consultation",
    "stage de formation": "Training", "cours de formation": "Training", "session de formation": "Training",
    "séance de formation": "Training", "atelier de formation": "Training", "programme de formation": "Training",
    "formation": "Training", "cours": "Training", "stage": "Training",
    "atelier de renforcement des capacités": "Workshop", "atelier": "Workshop", "séminaire": "Workshop",
    "série de conférences": "Lecture", "cycle de conférences": "Lecture", "conférence-débat": "Panel",
    "conférence": "Conference", "colloque": "Conference", "symposium": "Conference",
    "réunion-débat": "Panel", "table ronde": "Panel", "débat d'experts": "Panel", "débat d’experts": "Panel",
    "débat": "Panel", "groupe de discussion": "Panel",
    "forum": "Forum",
    "exercice sur table": "Exercise", "exercice de simulation": "Exercise", "exercice": "Exercise",
    "simulation": "Exercise",
    "campagne de sensibilisation": "Campaign", "campagne": "Campaign",
    "journée d'étude": "Workshop", "journée d’étude": "Workshop", "concertation": "Consultation",
    "retraite": "Meeting", "visite d'étude": "Other", "visite d’étude": "Other", "incinération": "Other",
    "cérémonie": "Other", "commémoration": "Other", "exposition": "Other", "concours": "Other",
    "destruction": "Other", "manifestation": "Other", "mission": "Other", "visite": "Other",
    "événement": "Other", "activité": "Other",
    # "le Centre a fourni une assistance technique au Gouvernement du Cambodge, du 10 au 14 septembre"
    "assistance technique": "Other",
    # "les ministres … se sont réunis à Lomé": a meeting told by its verb
    "se sont réunis": "Meeting", "se sont réunies": "Meeting",
}
# nouns that name an event only when the sentence names no more precise one
GENERIC_NOUNS = {"manifestation", "événement", "activité", "assistance technique", "se sont réunis", "se sont réunies"}
# "l'exercice 2020", "l'exercice biennal": the financial year, not an exercise; "les missions
# permanentes": a State's delegation, not a mission
_NOT_EVENT = r"(?!\s+(?:\d{4}|biennal|budgétaire|financier|clos|permanentes?)\b)"
NOUN = re.compile(r"\b(" + "|".join(sorted(map(re.escape, ACTIVITY_NOUNS), key=len, reverse=True))
                  + r")(?:s|x)?\b" + _NOT_EVENT, re.I)

_HOLD = (r"(?:co-?organisé|organisé|accueilli|tenu|convoqué|mené|animé|dispensé|lancé|facilité|"
         r"réalisé|conduit|offert|présidé|coprésidé|donné|assuré|appuyé|soutenu|effectué)")
_PART = (r"(?:participé|pris part|assisté|contribué|présenté|prononcé|pris la parole|"
         r"fait (?:un exposé|une présentation|une intervention)|"
         r"été invité\w*|été représentée?s?)")  # "le Centre a été représenté à la réunion"
_AUX = r"\b(?:a|ont|avait|avaient|y a|y ont)\s+(?:(?:également|aussi|en outre|ensuite|conjointement|notamment|activement)\s+)?"
# a press release or a news item tells in the present ("le Bureau … organise, le 16 avril, un stage")
_HOLD_NOW = r"\b(?:co-?organise|organise|accueille|convoque|anime|dispense|lance)(?:nt)?\b"
HOLD_VERBS = _AUX + _HOLD + r"\b|\bs['’]est (?:tenu|déroulé)e?\b|\ba eu lieu\b|" + _HOLD_NOW
TAKE_PART = _AUX + _PART + r"\b|\best intervenue?\b|\bsont intervenu\w*\b|\bs['’]est fait représenter\b"
EVENT_VERB = re.compile(r"\b(?:s['’]est (?:tenu|déroulé)e?s?|se sont (?:tenu|déroulé)e?s|a eu lieu|ont eu lieu|"
                        r"organisée?s?|tenue?s?|a réuni|ont réuni|a participé|ont participé|a rassemblé)\b", re.I)
MAIN_VERB = re.compile(HOLD_VERBS + "|" + TAKE_PART)
# a sentence that opens with the event names no organiser in its subject ("Un cours destiné aux
# officiers du Togo, du Bénin et du Ghana, s'est tenu"); the noun in lower case, since "La
# Mission …" may open a body's name
EVENT_SUBJECT = re.compile(r"\s*(?:Un|Une|Le|La|Les|L['’]|Des|Deux|Trois)\s*(?:[a-zéèêàâîôûç-]+\s+){0,2}?(?:"
                           + "|".join(sorted(map(re.escape, ACTIVITY_NOUNS), key=len, reverse=True)) + r")(?:s|x)?\b"
                           + _NOT_EVENT)

_ORGS = r"(?P<orgs>[^.;]{2,160}?)"
# a list goes on after a comma only to "et" or to a further name ("l’Allemagne, la France et le
# Japon"); ", le █ a appuyé" ends it: a clause follows
_END = (r"(?=,(?!\s*et\s|\s*(?:(?:de|d['’]|du|des|à|au|aux)\s*)?(?:l['’]|la\s|le\s|les\s)?\s*\u2588+\s*(?:,|et\b|\.|;|$))| à | sur | en (?![A-ZÉÎ])| pour | au | aux | lors | dans | avec | afin |"
        r" depuis | dont | qui | grâce | le \d| du \d|\.|;|$"
        r"| et (?:a été |ont été )?(?:financé|parrainé|subventionné))")  # "… avec X et financé par Y": another role
_LIST_END = (r"(?=,?\s+(?:et\s+)?(?:qui|dont|a|ont|est|sont|avait|avaient|avec|à|pour|afin|sur|lors|dans|"
             r"organisé\w*|financé\w*|en (?![A-ZÉÎ]))\b|[.;]|$)")
# "organisé par", "organisée à Tokyo par", "organisé conjointement par"
# "organisé à Bamako (Mali) du 28 novembre au 2 décembre par": place and dates may come between,
# never a comma (", présidée par": another clause) nor a verb of paying ("organisé … et financé
# par" names a funder); the dates alone may stand between commas ("organisé à Niamey, du 20 au
# 22 janvier 2020, par")
_BY = (r"(?:(?:(?!financ|parrain|subvention|soutenu|appuy|rendu possible)[^.;,]){0,100}?"
       r"(?:,\s*(?:le\s+|les\s+|du\s+|en\s+)?(?:1er|\d{1,2})\b[^.;,]{0,40},)?\s)?"
       r"par\s+(?!(?:visio|vidéo|télé)-?conférence|l['’]intermédiaire|le biais|voie\b)")
EXTERNAL = re.compile(r"\b(?:participé|pris part|assisté|intervenu\w*|intervenant\w*|contribué|prononcé|présenté|représentée?s?|fait représenter|"
                      rf"invité\w*|fait (?:un exposé|une présentation|une intervention)|pris la parole|animé)\b[^.;]{{0,320}}?"
                      rf"(?:\b(?:co-?organisé|organisé|accueilli|convoqué|tenu){_P}\s+" + _BY +
                      # "a pris part à la conférence annuelle de X": the meeting of a body is that body's
                      rf"|(?![^.;]*\b(?:co-?organisé|organisé|accueilli|convoqué|tenu){_P}\s+{_BY})"  # "organisé par" wins
                      r"\b(?:conférence|réunion|session|assemblée|forum|sommet|congrès|atelier|séminaire|colloque|"
                      r"webinaire|table ronde|débat)s?(?:\s+(?!(?i:groupe|comité|sous-comité)\b)[a-zé-]+){0,2}\s+(?:de la|du|des|de l['’]|d['’]|de)\s*"
                      # "la réunion du Groupe d'experts sur les armes à feu de la CICAD": the body's group
                      r"(?:(?i:groupe|comité|sous-comité)\s+(?:d['’]experts|de travail)[^.;,\u2588]{0,60}?\s+(?:de la|du|des|de l['’]|d['’]|de)\s*)?)"
                      + _ART + _ORGS + _END)
EXTERNAL_CUT = re.compile(r"\bpour\b|\bau nom d[eu']|\bà l['’]intention d[eu']")
CO_ORGANISER = re.compile(r"(?i:\b(?:(?:a|ont) (?:co-?)?organisé\b[^.;,]{0,80}?\bavec(?= (?!la participation|le soutien|"
                          r"l['’]appui|l['’]aide|le concours|la contribution|l['’]assistance|le financement))|en (?:étroite )?(?:collaboration|coopération|partenariat|coordination|association|liaison) "
                          r"(?:étroite )?avec|(?:collabor|coopér|partenariat)\w*(?: (?:active|étroite|étroitement|fructueuse|suivie|renforcée))? avec|"
                          r"conjointement avec|"
                          # "a prêté son concours à la Commission nationale … pour l'organisation d'un atelier"
                          r"(?:aidé|appuyé|assisté|(?:prêté|apporté|fourni) (?:son |un |une )?(?:appui|assistance|concours|aide)"
                          r"(?: technique)? (?:à|au|aux))(?=[^.;]{0,200}?\b(?:dans|pour) l['’]organisation\b)|"
                          # "une mission conjointe du Centre et du Département": the joint event's makers
                          r"(?<=[a-z] )(?:conjointe?s?|commune?s?)(?=\s+(?:du|de la|de l['’]|des)\s[^.;]{0,120}?\bet\s)|"
                          r"de concert avec|(?:co-?organisée?s?|organisée?s? conjointement) avec|en tandem avec|"
                          # "le Bureau (UNODA), à travers son Centre régional (UNREC)": the Office acts
                          # through its centre, and both make the event
                          r"(?:à travers|par l['’]intermédiaire de|via) (?:son|sa|ses)(?=\s+\u2588)|"
                          # "a lancé, avec l’Université X, un cycle": one body between commas
                          # (not after an infinitive: "pour étudier, avec les autorités maliennes, …")
                          r"(?<=,\s)(?<!er,\s)(?<!ir,\s)(?<!re,\s)avec(?=\s+(?:l['’]|la\s+|le\s+|les\s+)?\u2588[\u2588\s]*,)))\s+"
                          + _ART + _ORGS + _END)
# "Organisé conjointement par X, il a réuni…": the participle may open the sentence
PASSIVE_ORGANISER = re.compile(rf"(?:\b(?:(?:[Cc]o-?organisé|[Oo]rganisé|[Aa]ccueilli|[Cc]onvoqué|[Cc]oaccueilli){_P}"
                               rf"|[Mm]ise?s? en (?:œ|oe)uvre)\s+" + _BY  # "la formation est mise en œuvre par"
                               # "s'est tenu … à l'initiative du Centre et de la Commission": who held it
                               + rf"|\b(?i:à|sur) l{_A}initiative (?:conjointe )?(?:d(?:e|u|es)\s+|d{_A}))" + _ART
                               + _ORGS + _END)
ORGANISER_IS = re.compile(r"\b(?:les |Les )?(?:co-?organisateurs|organisateurs|coorganisateurs|hôtes)\s+"
                          r"(?:étaient|était|ont été|comprenaient)\s+" + _ART + _ORGS + _END)
_FUNDING_END = _END.replace("| grâce ", "")
FUNDING = re.compile(
    # "Financé par le Gouvernement canadien, le séminaire …": the participle may open the sentence
    rf"\b(?i:financé|parrainé|subventionné|rendu possible|cofinancé|soutenu financièrement){_P}\s+(?:conjointement\s+)?"
    rf"(?:par|grâce à)\s+{_ART}(?P<a>[^.;]{{2,160}}?)" + _FUNDING_END +
    rf"|\b(?i:avec|grâce à|grâce aux?|bénéficié d{_A}|bénéficiant d{_A}|bénéficié de|bénéficiant de|au moyen d{_A}|"
    rf"au moyen de)\s*(?:l{_A}|le\s+|la\s+|un\s+|une\s+|les\s+|des\s+)?"
    r"(?:généreux\s+|généreuse\s+)?(?:appui|soutien|concours|aide|contributions?|financement)\s+(?:financier\s+|financière\s+)?"
    rf"(?:de la\s+|de l{_A}|du\s+|des\s+|de\s+|d{_A})(?P<b>[^.;]{{2,160}}?)" + _END +
    rf"|(?P<c>[^.;,]{{2,120}}?)\s+(?:a|ont)\s+(?:(?:fourni|apporté|assuré)\s+(?:l{_A}|le\s+|un\s+)?"
    r"(?:appui financier|financement|fonds|soutien financier)|(?:co)?financé\b)"
    # "Les frais de voyage des participants ont été pris en charge par le Gouvernement néerlandais"
    r"|\b(?i:frais|coûts?|dépenses)\b[^.;]{0,80}?\b(?:a|ont)\s+été\s+(?:pris|couvert|supporté|assumé)e?s?\s+"
    r"(?:en charge\s+|intégralement\s+)?par\s+" + _ART + r"(?P<d>[^.;]{2,160}?)" + _FUNDING_END)
MONEY_WORDS = re.compile(r"financ|contribution|fonds|subvention|parrain|pris\w* en charge", re.I)
# "Ces deux activités ont été financées par …": a number may follow the demonstrative
FUNDING_PLURAL = re.compile(r"\b(?:Ces|Les deux|Les trois|Toutes ces|Tous ces|L['’]ensemble de ces)\s+"
                            r"(?:(?:deux|trois|quatre|cinq|six)\s+)?"
                            r"(?:activités|manifestations|réunions|webinaires|ateliers|formations|sessions|séminaires|"
                            r"consultations|cours|stages)\b", re.I)
PROJECT = re.compile(r"\bprojet\b", re.I)
# "à l’intention d’officiers libériens": the elided "d’" takes no space
BENEFICIARY = re.compile(r"\b(?:(?:pour|[àÀ] l['’]intention d(?:e|u|es)|au profit d(?:e|u|es)|en faveur d(?:e|u|es)|"
                         rf"destinée?s? (?:à|aux|au))\s+|(?:[àÀ] l['’]intention|au profit|en faveur) d{_A}){_ART}(?:Gouvernements? d(?:e|u|es)\s+|{_A})?" + _ORGS + _END)
BENEFICIARY_KINDS = {"Country"}
ASSISTED = re.compile(rf"\b(?:aider|assister|appuyer|soutenir|accompagner|[àÀ] la demande d(?:e|u|es)|"
                      # "a prêté assistance au Gouvernement", "a fourni un appui technique au Gouvernement"
                      rf"(?:a|ont) aidé|(?:a|ont) (?:prêté|fourni|apporté) (?:son |leur |une |un )?"
                      rf"(?:assistance|appui|concours|aide)(?: technique)?\s+(?:à|au|aux)|"
                      rf"sur (?:la )?demande d(?:e|u|es)|en réponse à une demande d(?:e|u|es)|[àÀ] la requête d(?:e|u|es))"
                      rf"\s+{_ART}(?:Gouvernements? d(?:e|u|es)\s+|{_A})?" + _ORGS + _LIST_END)
TARGETED = re.compile(r"\b(?:ciblant|visant|destinée? aux|bénéficiaires étaient)\s+" + _ART + _ORGS + _END)
COME_FROM = re.compile(rf"\b(?:venant|venaient|venus|venues|provenaient|originaires?|issus?|en provenance|représentant)\s+"
                       rf"(?:d(?:e|u|es)\s+|d{_A})?"
                       + _ART + _ORGS + _LIST_END)
LISTED = re.compile(r"\b(?:pays|États|nations)\s*\((?:à savoir\s+|soit\s+)?(?P<orgs>[^)]{2,400})\)")
# "de huit États des Caraïbes (la Barbade, la Grenade…)", "de 12 États des Caraïbes : Antigua-et-Barbuda, …"
PERSONNEL_OF = re.compile(r"\b(?:pays|États|nations)(?:\s*\((?:à savoir\s+|soit\s+)?(?=[^)]{2,400}\))"
                          r"|(?:\s+[\w'’\u2588-]+){0,4}?\s*:\s*)(?P<orgs>[^).;:]{2,400})")
# people and the countries they come from: "des fonctionnaires népalais" (the adjective, blanked),
# "28 agents des douanes et de la police de la Thaïlande, du Viet Nam et du Myanmar"
_STAFF = (r"(?:fonctionnaires|agents|officiers|policiers|douaniers|diplomates|parlementaires|experts|militaires|"
          r"représentants|délégués|responsables|magistrats|gendarmes)")
_NAMES = (r"\u2588[\u2588\s]*(?:(?:,|,?\s*et)\s+(?:de la|du|de l['’]|des|d['’]|de|la|le|les|l['’])?\s*"
          r"\u2588[\u2588\s]*)*")  # blanked names in a list: "█, du █ et du █"
PERSONNEL = re.compile(rf"\b{_STAFF}\b[^.;\u2588]{{0,60}}?(?P<orgs>{_NAMES})")
CENTRE_TOOK_PART = re.compile(TAKE_PART)
# a guest's host named only as who invited it: "invité par le Gouvernement du Costa Rica à participer"
INVITER = re.compile(rf"\b(?:(?i:à|sur) l{_A}invitation (?:d(?:e|u|es)\s+|d{_A})|invitée?s?\s+par\s+)" + _ART
                     + rf"(?:Gouvernements? (?:d(?:e|u|es)\s+|d{_A}))?" + _ORGS + _END)
# French puts the country's adjective after its noun: PLACE_BEFORE reads it ("groupe de réflexion français")
COUNTRY_QUALIFIER = re.compile(r"(?!x)x")
# before a country: "à Lomé", "en Mongolie" (a place), or a noun the country's adjective
# qualifies ("groupe de réflexion français", "organisations de la société civile indiennes")
PLACE_BEFORE = re.compile(r"(?:\b(?:à|au|aux|en|dans)\s+(?:l['’]|la\s+|le\s+|les\s+)?|"
                          r"\b(?:organisations?|ONG|groupes? de réflexion|société civile|instituts?|fondations?|"
                          r"universités?|centres? de recherche|think tanks?|associations?|entreprises?)"
                          r"(?:\s+(?!(?:et|ou|de|du|des|la|le|les)\b)[\w-]+){0,2}\s+)$", re.I)
# "À la demande du Gouvernement malien, une mission …": who asked did not act
ADVERBIAL = re.compile(r"^\s*(?:avec l['’](?:appui|aide|assistance|soutien) d|sous les auspices d|grâce à|"
                       r"[àa] la (?:demande|requête) d|sur (?:la )?demande d|en réponse à)", re.I)
NOT_PLACE_AFTER = re.compile(r"^\s*(?:\(|,\s*pays hôte)")  # "à Hiroshima (Japon)": the parenthesis places
FOOTNOTE_BENEFICIARY = re.compile(r"\bbénéficiaire|\bdestinataire", re.I)
ONLY_NAMES = re.compile(r"^(?:[\s,]|\u2588|\b(?:l['’]|la|le|les|et|du|des|de)\b)+$")

# "une quarantaine de fonctionnaires": a round count, read as its number; _OF takes its "de"
_N = (r"(\d{1,3}(?:[\s\u00a0\u202f]\d{3})+|\d+|(?:une\s+)?" + APPROXIMATE + r"(?=\s+d(?:e\s|['’]))|(?!une?\b)"
      + WORD_NUMBER + r")")  # "un représentant" is no count
_OF = r"(?:(?<=aine\s)d(?:e\s+|['’]))?"
_ABOUT = r"(?:plus de\s+|près de\s+|environ\s+|quelque\s+|au total\s+|au moins\s+)?"
_PEOPLE = (r"(?:participant\w*|fonctionnaires|représentant\w*|experts?|expertes|étudiant\w*|délégué\w*|diplomates|"
           r"parlementaires|stagiaires|personnes|agents|officiers|policiers|douaniers|praticiens|membres|femmes|"
           r"jeunes|journalistes|universitaires|décideurs|formateurs|responsables|militaires|élèves|acteurs|"
           r"magistrats|gendarmes|spécialistes|députés|sénateurs|élus|juges|procureurs|enseignants|"
           r"chercheurs|cadres|inspecteurs|techniciens|soldats|observateurs|animateurs|éducateurs|"
           r"enquêteurs|enquêtrices|analystes|instructeurs|gardes|conseillers|conseillères|ministres)")
_FILLER = r"(?:(?!États\b|pays\b|de\b|d['’])[^\W\d][\w'’-]*\s+)"  # words, never numbers
_COUNTRIES = r"(?:pays|États Membres|États membres|États|nations)"
NOT_COUNTRIES = r"(?!\s*(?:institutions|organismes|ministères|administrations))"
# a number in words restated in digits in brackets, as francophone press writes it: "seize (16) pays"
_RESTATED = r"(?:\s*\(\s*\d{1,3}\s*\))?"
COUNT_BOTH = re.compile(r"\b" + _ABOUT + r"(?P<people>" + _N[1:-1] + r")\s+" + _OF + _FILLER + r"{0,4}?"
                        + _PEOPLE + r"\b[^.;]{0,80}?\b(?:de|d['’]|venant de|représentant|originaires de|issus de)\s*"
                        r"(?:l['’]ensemble des\s+)?(?P<countries>" + _N[1:-1] + r")" + _RESTATED + r"\s+" + _OF + _COUNTRIES + r"\b"
                        + NOT_COUNTRIES, re.I)
COUNT_PEOPLE = re.compile(r"\b" + _ABOUT + _N + r"\s+" + _OF + _FILLER + r"{0,3}?" + _PEOPLE + r"\b", re.I)
COUNT_NAMED_PEOPLE = re.compile(r"(?!x)x")
COUNT_COUNTRIES = re.compile(r"\b(?:de|d['’]|venant de|représentant|originaires de|issus de)\s*" + _N + _RESTATED + r"\s+" + _OF
                             + _COUNTRIES + r"\b" + NOT_COUNTRIES, re.I)
STATED_COUNTRIES = re.compile(r"^.*\b" + _N + r"\s+" + _COUNTRIES + r"(?:\s+[\w-]+){0,2}?\s*(?:de la région)?\s*$",
                              re.I | re.S)

ONLINE = re.compile(r"\ben ligne\b|\bvirtuel\w*|\bvirtuellement\b|\bwebinaires?\b|\bwebinars?\b|"
                    r"\b(?:visio|vidéo|télé)-?conférences?\b|\bà distance\b|\bpar vidéo\b|"
                    r"\b(?:atelier|format|réunion|séminaire|forum|plateforme)s?\s+numériques?\b", re.I)
HYBRID = re.compile(r"\bhybride\b|en présentiel et en ligne|en ligne et en présentiel|"
                    r"en personne et (?:en ligne|à distance)|présentiel et (?:virtuel|à distance)", re.I)
IN_PERSON = re.compile(r"\ben présentiel\b|\ben personne\b|\bsur place\b", re.I)
# "s'est rendue à Bangui", "a pris part à Addis-Abeba à une réunion": there in person too
HELD_IN = re.compile(r"\b(?:tenue?s?|(?:co-?)?organisée?s?|déroulée?s?|accueillie?s?|eu lieu|organisé|réunie?s?|dispensée?s?|"
                     r"donnée?s?|menée?s?|lancée?s?|effectuée?s?|rendue?s?|pris part|participé|pris la parole|"
                     # the other verbs by which the Centre holds an event ("a animé à Niamey, …, un atelier")
                     r"animée?s?|réalisée?s?|conduite?s?|facilitée?s?|présidée?s?|offerte?s?)\b[^.;]{0,80}?\s(?:à|au|aux|en)\s+"
                     # a town's name may hold a lower-case particle: "Port of Spain", "Rio de Janeiro", "Dar es Salaam"
                     r"(?P<place>[A-ZÉÎ][\w'’-]+(?:\s+(?:of|de|do|da|es)\s+[A-ZÉÎ][\w'’-]+|\s+[A-ZÉÎ][\w'’-]+)?)"
                     r"(?=[,.;]|\s*\(|\s+D\.\s?C\.|\s+(?:pour|le|la|les|un|une|des|du|sur|avec|et|par|à|en|dans|afin|lors|au|aux|où)\b)"
                     # "a fourni une assistance …, à Phnom Penh, pour …": a town between commas
                     r"|(?<=,\s)à\s+(?P<at>(?:La\s+|Le\s+)?[A-ZÉÎ][\w'’-]+(?:\s+[A-ZÉÎ][\w'’-]+)?)(?=,)")
NOT_A_PLACE = re.compile(r"^(?:ligne|présentiel|personne|collaboration|coopération|partenariat|application|"
                         r"Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre)", re.I)
# funders named in a later paragraph that points back: "le séminaire mentionné au paragraphe 3
# ci-dessus a été financé par le PNUD" (kg/extract/back_references.py)
# "Ces ateliers ont été financés par …" opening the paragraph after the one (or the table) that
# told them: group `this`
FUNDED_BY_REFERENCE = re.compile(
    r"(?:^(?P<this>Ces|Cet|Cette|Ce)\s+(?:deux\s+|trois\s+|quatre\s+|cinq\s+)?|\b)"
    r"(?P<noun>séminaire|atelier|stage|cours|formation|réunion|conférence|webinaire|activité)s?\s+"
    r"(?:(?:mentionnée?s?|visée?s?|décrite?s?|évoquée?s?)\s+au\s+paragraphe\s+(?P<number>\d{1,3})(?:\s+ci-dessus)?\s*,?\s+"
    r"|(?(this)|(?!)))(?P<clause>(?:a|ont)\s+été\s+(?:financée?s?|prise?s?\s+en\s+charge|couverte?s?)\s+par\s+[^;.]{2,120})", re.I)

REPORT_ONLINE = re.compile(r"(?:réunions|activités|manifestations)[^.]{0,40}?en présentiel[^.]{0,10}?"
                           r"|impossible la tenue (?:de|des) (?:réunions|activités|manifestations)"
                           r"|(?:a|ont) mené (?:toutes )?(?:ses|leurs) activités (?:par visioconférence|en ligne|à distance|"
                           r"virtuellement)|(?:toutes ses|ses|les) activités (?:se sont (?:toutes )?déroulées|ont (?:toutes )?été "
                           r"(?:menées|organisées|tenues)) (?:en ligne|par visioconférence|à distance|virtuellement)"
                           r"|en passant au numérique", re.I)

QUOTED = re.compile(r"«[^»]*»|[“\"][^”\"]*[”\"]")
CLAUSE_BREAK = re.compile(r"[,;]\s")
SUBJECT_STOP = re.compile(r",|\b(?:sur|dans|à|au|aux|pour|par|lors|depuis|pendant|avec|en|grâce|afin|auprès)\b|"
                          + HOLD_VERBS + "|" + TAKE_PART)


def find_dates(text, *, year=None, period=(None, None)):
    return _find_dates(text, year=year, period=period)


def after_lead(text: str, lead) -> int:
    """Where the sentence goes on after an opening date (`Le 4 avril 2019, le Centre`)."""
    comma = text.find(",", lead.stop, lead.stop + 3)
    return comma + 1 if comma >= 0 else lead.stop


def adoption_date(text: str, span) -> bool:
    """`la résolution 73/77 du 5 décembre 2018`, `adoptée le 2 avril 2013`: when a text was adopted."""
    before = text[max(0, span.offset - 40):span.offset]
    # "du Traité, s’est tenu à Manille du 27 au 29": a clause between, the date is an event's
    return bool(re.search(r"(?:résolution|décision|Traité|Convention)(?:(?!\bs['’]est\b|\b(?:a|ont|été)\b)[^.;,]){0,25}?"
                          r"\b(?:du|en date du)\s+$"
                          r"|\b(?:adoptée?s?|signée?s?|entrée? en vigueur)\s+(?:le|en)\s+$"
                          # a cited document's symbol in brackets: "(S/PRST/2002/31) du 31 octobre 2002"
                          r"|\([A-Z]{1,2}/[\w./-]{3,30}\)\s*,?\s*(?:du|en date du)\s+$", before))


def _type(noun: str) -> str:
    key = noun.lower().replace("’", "'")
    for candidate in (key, key.replace("'", "’"), re.sub(r"(?:s|x)$", "", key), re.sub(r"(?:s|x)$", "", key).replace("'", "’")):
        if candidate in ACTIVITY_NOUNS:
            return ACTIVITY_NOUNS[candidate]
    return "Other"


# "par visioconférence" says how an event was held, "au cours de" when: neither names an event
MANNER = re.compile(r"\b(?:par|en)\s+(?:visio|vidéo|télé)-?conférence\b"
                    r"|\b(?:le|son|leur|au) concours d(?:e|u|es|['’])"  # "avec le concours de": help, no contest
                    r"|\b(?:au|en|le|du) cours d(?:e|u|es)\b|\ben cours\b", re.I)  # "au cours de la période"


def _unmanner(masked: str) -> str:
    return MANNER.sub(lambda m: "\u2588" * len(m.group(0)), masked)


def activity_noun(masked: str, text: str) -> tuple[str, str] | None:
    """(type, label) of the first event the sentence names: the noun and what qualifies it."""
    nouns = list(NOUN.finditer(_unmanner(masked)))
    nouns = [n for n in nouns if not SIDELINES.search(masked, max(0, n.start() - 25), n.start())] or nouns
    found = next((n for n in nouns if _singular(n.group(0)) not in GENERIC_NOUNS), nouns[0] if nouns else None)
    if not found:
        return None
    tail = re.split(r"[,;.]\s|" + HOLD_VERBS + "|" + TAKE_PART + r"|\s(?:organisé|tenu|financé)\w*\s|\s(?:a|ont) été\s",
                    text[found.start():])[0]
    words = tail.split()
    label = first_words(words, 10).strip(" ,.;")
    kind = _type(found.group(0))
    if kind == "Conference" and GIVEN.match(text, found.end()):
        kind = "Lecture"  # "quatre conférences ont été données": talks given, not conferences held
    return kind, label


# "En marge de la conférence, … a organisé une table ronde": the event named after it is the one told
SIDELINES = re.compile(r"\b(?:en marge|dans le cadre|à l['’]occasion)\s+(?:de\s+la|du|des|de\s+l['’]|de)\s*$", re.I)


# "conférences données / prononcées": talks someone gives
GIVEN = re.compile(r"s?\s+(?:(?:ont|a)\s+été\s+|ont\s+|a\s+)?(?:données?s?|prononcées?s?)\b", re.I)


def _singular(noun: str) -> str:
    return re.sub(r"(?:s|x)$", "", noun.lower())


def activity_types(masked: str) -> set[str]:
    return {_type(found.group(0)) for found in NOUN.finditer(_unmanner(masked))}

# an event the text says was not held: no activity ("так и не была проведена", "was not held")
NOT_HELD = re.compile(r"\bn[’']\s?(?:a|ont)\s+pas\s+eu\s+lieu\b|\bn[’']\s?(?:a|ont)\s+jamais\s+eu\s+lieu\b|\b(?:a|ont)\s+été\s+annulée?s?\b")

# a block of a web page that opens by pointing at the event before it: read with that event;
# with a demonstrative (group `this`: "Cette formation, qui dure jusqu'au 27 avril") its dates are that event's too
# a short lead-in may come first: "Durant trois (3) semaines, cette formation regroupe …"
EVENT_REFERENCE = re.compile(r"\s*(?:(?:[^,.;]{1,40},\s*)?(?P<this>Cet|Cette|Ces|Ce)|L[’']|Le|La|Les)\s*(?:atelier|formation|stage|séminaire|réunion|conférence|cours|session|table ronde|forum|exercice|campagne|rencontre|manifestation|événement|activité)s?\b", re.I)

# a table of activities: its header cells for the head counts and for the places
TABLE_PEOPLE = re.compile(r"(?:nombre de )?participants?|participantes?|effectifs?", re.I)
TABLE_PLACE = re.compile(r"lieux?|villes?", re.I)
TABLE_DATE = re.compile(r"dates?|périodes?", re.I)
TABLE_COUNTRY = re.compile(r"pays|pays bénéficiaires?", re.I)
TABLE_FUNDER = re.compile(r"^(?:bailleurs?(?: de fonds)?|donateurs?|financ(?:é|ée|és|ées) par|financement|source de financement)$", re.I)
# a national event ("atelier national", "séminaire national de formation"): for the one country
# the row or sentence names
NATIONAL = re.compile(r"\b(?:ateliers?|séminaires?|stages?|cours|formations?|réunions?|consultations?|tables? rondes?|forums?"
                      r"|dialogues?|conférences?)\s+nationa(?:l|le|ux|les)\b", re.I)

# a State's body named without its State, and the words naming a Government before its country
STATE_BODY = re.compile(r"(?:Ministère|Secrétariat d['’]État|Direction générale|Cabinet)\b")
# ("du Gouvernement du Mexique"; "le Gouvernement mongol" is one name: its words before the end)
GOVERNMENT_OF = re.compile(r"\bGouvernements?\s+(?:d(?:e|u|es)\s+|de la\s+|de l['’]|d['’])?$|^Gouvernements?\s+\S+\s$")

# the weekday's names, Monday 0: a news item dates an event by its weekday against its date line
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
