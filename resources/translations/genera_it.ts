<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="it">
<context>
    <name>AccessDialog</name>
    <message>
        <source>Aree di accesso di {user}</source>
        <translation>Aree di accesso di {user}</translation>
    </message>
    <message>
        <source>Può vedere e modificare</source>
        <translation>Può vedere e modificare</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Salva</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Rete dimostrativa</source>
        <translation>Rete dimostrativa</translation>
    </message>
    <message>
        <source>Un archivio con famiglie inventate, per provare l&apos;applicazione senza toccare dati veri. Scegliete il vostro nome utente e una password.</source>
        <translation>Un archivio con famiglie inventate, per provare l&apos;applicazione senza toccare dati veri. Scegliete il vostro nome utente e una password.</translation>
    </message>
    <message>
        <source>Unisciti a una rete</source>
        <translation>Unisciti a una rete</translation>
    </message>
    <message>
        <source>Scegliete il nome utente e la password dell&apos;amministratore di questa postazione.</source>
        <translation>Scegliete il nome utente e la password dell&apos;amministratore di questa postazione.</translation>
    </message>
    <message>
        <source>Crea la rete</source>
        <translation>Crea la rete</translation>
    </message>
    <message>
        <source>Questa postazione sarà il coordinamento della rete: riceve i dati dei punti e invia a ciascuno ciò che gli serve.</source>
        <translation>Questa postazione sarà il coordinamento della rete: riceve i dati dei punti e invia a ciascuno ciò che gli serve.</translation>
    </message>
    <message>
        <source> nuclei</source>
        <translation> nuclei</translation>
    </message>
    <message>
        <source>es. Welfare Bassa Bresciana</source>
        <translation>es. Welfare Bassa Bresciana</translation>
    </message>
    <message>
        <source>es. Coordinamento Montichiari</source>
        <translation>es. Coordinamento Montichiari</translation>
    </message>
    <message>
        <source>Nome della rete</source>
        <translation>Nome della rete</translation>
    </message>
    <message>
        <source>Nome di questa postazione</source>
        <translation>Nome di questa postazione</translation>
    </message>
    <message>
        <source>es. m.rossi</source>
        <translation>es. m.rossi</translation>
    </message>
    <message>
        <source>es. Maria Rossi</source>
        <translation>es. Maria Rossi</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Nome e cognome</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ripeti la password</source>
        <translation>Ripeti la password</translation>
    </message>
    <message>
        <source>Famiglie di prova</source>
        <translation>Famiglie di prova</translation>
    </message>
    <message>
        <source>Almeno {n} caratteri (ne mancano {missing})</source>
        <translation>Almeno {n} caratteri (ne mancano {missing})</translation>
    </message>
    <message>
        <source>Creazione dell&apos;archivio cifrato in corso…</source>
        <translation>Creazione dell&apos;archivio cifrato in corso…</translation>
    </message>
    <message>
        <source>Coordinamento di prova</source>
        <translation>Coordinamento di prova</translation>
    </message>
    <message>
        <source>Creazione dell&apos;archivio…</source>
        <translation>Creazione dell&apos;archivio…</translation>
    </message>
    <message>
        <source>Preparazione delle famiglie di prova…</source>
        <translation>Preparazione delle famiglie di prova…</translation>
    </message>
    <message>
        <source>Creazione delle famiglie di prova…</source>
        <translation>Creazione delle famiglie di prova…</translation>
    </message>
    <message>
        <source>Creazione delle famiglie di prova annullata: l&apos;archivio è pronto ma vuoto. Potete aggiungerle dopo dal menu File › Dati dimostrativi…</source>
        <translation>Creazione delle famiglie di prova annullata: l&apos;archivio è pronto ma vuoto. Potete aggiungerle dopo dal menu File › Dati dimostrativi…</translation>
    </message>
    <message>
        <source>Non è stato possibile creare l&apos;archivio: {reason}</source>
        <translation>Non è stato possibile creare l&apos;archivio: {reason}</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>lunedì</source>
        <translation>lunedì</translation>
    </message>
    <message>
        <source>martedì</source>
        <translation>martedì</translation>
    </message>
    <message>
        <source>mercoledì</source>
        <translation>mercoledì</translation>
    </message>
    <message>
        <source>giovedì</source>
        <translation>giovedì</translation>
    </message>
    <message>
        <source>venerdì</source>
        <translation>venerdì</translation>
    </message>
    <message>
        <source>sabato</source>
        <translation>sabato</translation>
    </message>
    <message>
        <source>domenica</source>
        <translation>domenica</translation>
    </message>
    <message>
        <source>gennaio</source>
        <translation>gennaio</translation>
    </message>
    <message>
        <source>febbraio</source>
        <translation>febbraio</translation>
    </message>
    <message>
        <source>marzo</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>aprile</source>
        <translation>aprile</translation>
    </message>
    <message>
        <source>maggio</source>
        <translation>maggio</translation>
    </message>
    <message>
        <source>giugno</source>
        <translation>giugno</translation>
    </message>
    <message>
        <source>luglio</source>
        <translation>luglio</translation>
    </message>
    <message>
        <source>agosto</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>settembre</source>
        <translation>settembre</translation>
    </message>
    <message>
        <source>ottobre</source>
        <translation>ottobre</translation>
    </message>
    <message>
        <source>novembre</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>dicembre</source>
        <translation>dicembre</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>Scaduto ieri</source>
        <translation>Scaduto ieri</translation>
    </message>
    <message>
        <source>Scaduto da {n} giorni</source>
        <translation>Scaduto da {n} giorni</translation>
    </message>
    <message>
        <source>Oggi</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Domani</source>
        <translation>Domani</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>Creato</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Modificato</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Eliminato</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Ripristinato</source>
        <translation>Ripristinato</translation>
    </message>
    <message>
        <source>Importato</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>Solo i miei promemoria</source>
        <translation>Solo i miei promemoria</translation>
    </message>
    <message>
        <source>Scadenza</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Nucleo</source>
        <translation>Nucleo</translation>
    </message>
    <message>
        <source>Persona di riferimento</source>
        <translation>Persona di riferimento</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Promemoria in scadenza</source>
        <translation>Promemoria in scadenza</translation>
    </message>
    <message>
        <source>Segna come fatto</source>
        <translation>Segna come fatto</translation>
    </message>
    <message>
        <source>Segna come fatto (Ctrl+D)</source>
        <translation>Segna come fatto (Ctrl+D)</translation>
    </message>
    <message>
        <source>Apri nucleo (Invio)</source>
        <translation>Apri nucleo (Invio)</translation>
    </message>
    <message>
        <source>Quando</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Che cosa</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>Dettaglio</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>Rendiconto atteso</source>
        <translation>Rendiconto atteso</translation>
    </message>
    <message>
        <source>Iniziativa</source>
        <translation>Iniziativa</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Rendiconti delle iniziative in ritardo</source>
        <translation>Rendiconti delle iniziative in ritardo</translation>
    </message>
    <message>
        <source>Invio apre l&apos;iniziativa.</source>
        <translation>Invio apre l&apos;iniziativa.</translation>
    </message>
    <message>
        <source>Attività recente</source>
        <translation>Attività recente</translation>
    </message>
    <message>
        <source>Agenda di oggi, {date}</source>
        <translation>Agenda di oggi, {date}</translation>
    </message>
    <message>
        <source>{n} rendiconti di iniziative in ritardo</source>
        <translation>{n} rendiconti di iniziative in ritardo</translation>
    </message>
    <message>
        <source>1 rendiconto di un&apos;iniziativa in ritardo</source>
        <translation>1 rendiconto di un&apos;iniziativa in ritardo</translation>
    </message>
    <message>
        <source>Nessun promemoria in scadenza nei prossimi 7 giorni.</source>
        <translation>Nessun promemoria in scadenza nei prossimi 7 giorni.</translation>
    </message>
    <message>
        <source>{n} scaduti</source>
        <translation>{n} scaduti</translation>
    </message>
    <message>
        <source>{n} per oggi</source>
        <translation>{n} per oggi</translation>
    </message>
    <message>
        <source>{n} nei prossimi 7 giorni</source>
        <translation>{n} nei prossimi 7 giorni</translation>
    </message>
    <message>
        <source> (in elenco i primi {n})</source>
        <translation> (in elenco i primi {n})</translation>
    </message>
    <message>
        <source>Promemoria di {who} segnato come fatto.</source>
        <translation>Promemoria di {who} segnato come fatto.</translation>
    </message>
    <message>
        <source>{n} nuclei dimostrativi</source>
        <translation>{n} nuclei dimostrativi</translation>
    </message>
    <message>
        <source>{n} nuclei dal file {file}</source>
        <translation>{n} nuclei dal file {file}</translation>
    </message>
    <message>
        <source>oggi {time}</source>
        <translation>oggi {time}</translation>
    </message>
    <message>
        <source>ieri {time}</source>
        <translation>ieri {time}</translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <source>Piano di rientro</source>
        <translation>Piano di rientro</translation>
    </message>
    <message>
        <source>Nuova morosità (Ctrl+N)</source>
        <translation>Nuova morosità (Ctrl+N)</translation>
    </message>
    <message>
        <source>Segna pagata oggi</source>
        <translation>Segna pagata oggi</translation>
    </message>
    <message>
        <source>Stampa il piano</source>
        <translation>Stampa il piano</translation>
    </message>
    <message>
        <source>Il piano di rientro da firmare: nucleo, proprietario, rate e totale</source>
        <translation>Il piano di rientro da firmare: nucleo, proprietario, rate e totale</translation>
    </message>
    <message>
        <source>Piano di rientro: {n} rate, {total}</source>
        <translation>Piano di rientro: {n} rate, {total}</translation>
    </message>
</context>
<context>
    <name>AtecoEdit</name>
    <message>
        <source>Codice o parole dell&apos;attività, es. 88.10 o assistenza sociale</source>
        <translation>Codice o parole dell&apos;attività, es. 88.10 o assistenza sociale</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Registro presenze</source>
        <translation>Registro presenze</translation>
    </message>
    <message>
        <source>Presenza non salvata ({cell}): {reason}</source>
        <translation>Presenza non salvata ({cell}): {reason}</translation>
    </message>
    <message>
        <source>Ospiti non salvati ({cell}): {reason}</source>
        <translation>Ospiti non salvati ({cell}): {reason}</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>✗</source>
        <translation>✗</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>1 ✓ Presente    2 ✗ Assente    3 G Giustificato    0 o Canc: cancella  ·  Spazio: presente/assente  ·  Ospiti: scrivere il numero e Invio</source>
        <translation>1 ✓ Presente    2 ✗ Assente    3 G Giustificato    0 o Canc: cancella  ·  Spazio: presente/assente  ·  Ospiti: scrivere il numero e Invio</translation>
    </message>
    <message>
        <source>(min.)</source>
        <translation>(min.)</translation>
    </message>
    <message>
        <source>Ospiti</source>
        <translation>Ospiti</translation>
    </message>
    <message>
        <source>{name}, {date}: {status}</source>
        <translation>{name}, {date}: {status}</translation>
    </message>
    <message>
        <source>Ospiti in tutti gli incontri: {n}</source>
        <translation>Ospiti in tutti gli incontri: {n}</translation>
    </message>
    <message>
        <source>Ospiti del {date} (venuti senza iscriversi): {n}. Scrivere un numero per cambiarlo.</source>
        <translation>Ospiti del {date} (venuti senza iscriversi): {n}. Scrivere un numero per cambiarlo.</translation>
    </message>
    <message>
        <source>{name}: presenze {present}, assenze {absent}, giustificate {excused}</source>
        <translation>{name}: presenze {present}, assenze {absent}, giustificate {excused}</translation>
    </message>
    <message>
        <source>Presenze di iscritti in tutti gli incontri: {n}</source>
        <translation>Presenze di iscritti in tutti gli incontri: {n}</translation>
    </message>
    <message>
        <source>{date}: iscritti presenti {present}, ospiti {guests}, in tutto {total}</source>
        <translation>{date}: iscritti presenti {present}, ospiti {guests}, in tutto {total}</translation>
    </message>
    <message>
        <source>Presenze</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Quante volte ogni persona è stata presente</source>
        <translation>Quante volte ogni persona è stata presente</translation>
    </message>
    <message>
        <source>Presenti</source>
        <translation>Presenti</translation>
    </message>
    <message>
        <source>Persone venute senza essere iscritte: un numero per incontro</source>
        <translation>Persone venute senza essere iscritte: un numero per incontro</translation>
    </message>
    <message>
        <source>Iscritti presenti a ogni incontro</source>
        <translation>Iscritti presenti a ogni incontro</translation>
    </message>
    <message>
        <source>Minorenne</source>
        <translation>Minorenne</translation>
    </message>
    <message>
        <source>Iscrizione ritirata</source>
        <translation>Iscrizione ritirata</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>consultazione</source>
        <translation>consultazione</translation>
    </message>
    <message>
        <source>creazione</source>
        <translation>creazione</translation>
    </message>
    <message>
        <source>modifica</source>
        <translation>modifica</translation>
    </message>
    <message>
        <source>eliminazione</source>
        <translation>eliminazione</translation>
    </message>
    <message>
        <source>ripristino</source>
        <translation>ripristino</translation>
    </message>
    <message>
        <source>stampa</source>
        <translation>stampa</translation>
    </message>
    <message>
        <source>esportazione</source>
        <translation>esportazione</translation>
    </message>
    <message>
        <source>importazione</source>
        <translation>importazione</translation>
    </message>
    <message>
        <source>accesso</source>
        <translation>accesso</translation>
    </message>
    <message>
        <source>unione di duplicati</source>
        <translation>unione di duplicati</translation>
    </message>
    <message>
        <source>separazione di duplicati</source>
        <translation>separazione di duplicati</translation>
    </message>
    <message>
        <source>decisione su un conflitto</source>
        <translation>decisione su un conflitto</translation>
    </message>
    <message>
        <source>cancellazione</source>
        <translation>cancellazione</translation>
    </message>
    <message>
        <source>amministrazione</source>
        <translation>amministrazione</translation>
    </message>
    <message>
        <source>Quando</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Utente</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Dettagli</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Registro accessi</source>
        <translation>Registro accessi</translation>
    </message>
    <message>
        <source>&amp;Esporta dati della persona…</source>
        <translation>&amp;Esporta dati della persona…</translation>
    </message>
    <message>
        <source>Identificativo del dato</source>
        <translation>Identificativo del dato</translation>
    </message>
    <message>
        <source>Tutte le azioni</source>
        <translation>Tutte le azioni</translation>
    </message>
    <message>
        <source>Dal</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>al</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Dal giorno</source>
        <translation>Dal giorno</translation>
    </message>
    <message>
        <source>Al giorno</source>
        <translation>Al giorno</translation>
    </message>
    <message>
        <source>&amp;Filtra</source>
        <translation>&amp;Filtra</translation>
    </message>
    <message>
        <source>{n} voci (al massimo 1000, le più recenti).</source>
        <translation>{n} voci (al massimo 1000, le più recenti).</translation>
    </message>
    <message>
        <source>Esporta dati della persona</source>
        <translation>Esporta dati della persona</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Dati salvati in {path} ({size} byte).</source>
        <translation>Dati salvati in {path} ({size} byte).</translation>
    </message>
    <message>
        <source>(eliminato)</source>
        <translation>(eliminato)</translation>
    </message>
    <message>
        <source>del {date}</source>
        <translation>del {date}</translation>
    </message>
    <message>
        <source>scheda di accoglienza</source>
        <translation>scheda di accoglienza</translation>
    </message>
    <message>
        <source>scheda di accoglienza vuota</source>
        <translation>scheda di accoglienza vuota</translation>
    </message>
    <message>
        <source>scheda del giro</source>
        <translation>scheda del giro</translation>
    </message>
    <message>
        <source>scheda visita</source>
        <translation>scheda visita</translation>
    </message>
    <message>
        <source>scheda visita vuota</source>
        <translation>scheda visita vuota</translation>
    </message>
    <message>
        <source>campi modificati: {fields}</source>
        <translation>campi modificati: {fields}</translation>
    </message>
    <message>
        <source>{field}: ripristinato il valore scartato</source>
        <translation>{field}: ripristinato il valore scartato</translation>
    </message>
    <message>
        <source>{field}: tenuto il valore attuale</source>
        <translation>{field}: tenuto il valore attuale</translation>
    </message>
    <message>
        <source>{field}: {old} → {new} (ripristinato il valore scartato)</source>
        <translation>{field}: {old} → {new} (ripristinato il valore scartato)</translation>
    </message>
    <message>
        <source>{field}: tenuto {kept}, scartato {dropped}</source>
        <translation>{field}: tenuto {kept}, scartato {dropped}</translation>
    </message>
    <message>
        <source>insieme a {n} dati collegati</source>
        <translation>insieme a {n} dati collegati</translation>
    </message>
    <message>
        <source>unito a {record}</source>
        <translation>unito a {record}</translation>
    </message>
    <message>
        <source>ha ricevuto i dati di {record}</source>
        <translation>ha ricevuto i dati di {record}</translation>
    </message>
    <message>
        <source>separato da {record}</source>
        <translation>separato da {record}</translation>
    </message>
    <message>
        <source>da «{site}»</source>
        <translation>da «{site}»</translation>
    </message>
    <message>
        <source>separato {record}</source>
        <translation>separato {record}</translation>
    </message>
    <message>
        <source>{n} dati spostati</source>
        <translation>{n} dati spostati</translation>
    </message>
    <message>
        <source>{n} dati tenuti</source>
        <translation>{n} dati tenuti</translation>
    </message>
    <message>
        <source>con i dati sanitari</source>
        <translation>con i dati sanitari</translation>
    </message>
    <message>
        <source>stampa di {n} schede</source>
        <translation>stampa di {n} schede</translation>
    </message>
    <message>
        <source>per «{site}»</source>
        <translation>per «{site}»</translation>
    </message>
    <message>
        <source>pacchetto n. {n}</source>
        <translation>pacchetto n. {n}</translation>
    </message>
    <message>
        <source>completo</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>file {name}</source>
        <translation>file {name}</translation>
    </message>
    <message>
        <source>{n} modifiche applicate</source>
        <translation>{n} modifiche applicate</translation>
    </message>
    <message>
        <source>in {format}</source>
        <translation>in {format}</translation>
    </message>
    <message>
        <source>{n} dati</source>
        <translation>{n} dati</translation>
    </message>
    <message>
        <source>dati dimostrativi</source>
        <translation>dati dimostrativi</translation>
    </message>
    <message>
        <source>{n} nuclei</source>
        <translation>{n} nuclei</translation>
    </message>
    <message>
        <source>{n} persone</source>
        <translation>{n} persone</translation>
    </message>
    <message>
        <source>nuovo utente {user}</source>
        <translation>nuovo utente {user}</translation>
    </message>
    <message>
        <source>ruolo: {role}</source>
        <translation>ruolo: {role}</translation>
    </message>
    <message>
        <source>nuova password per {user}</source>
        <translation>nuova password per {user}</translation>
    </message>
    <message>
        <source>riattivato</source>
        <translation>riattivato</translation>
    </message>
    <message>
        <source>disattivato</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>password di {user} recuperata con la chiave di recupero</source>
        <translation>password di {user} recuperata con la chiave di recupero</translation>
    </message>
    <message>
        <source>nuova chiave di recupero</source>
        <translation>nuova chiave di recupero</translation>
    </message>
    <message>
        <source>invito per «{site}»</source>
        <translation>invito per «{site}»</translation>
    </message>
    <message>
        <source>ingresso nella rete</source>
        <translation>ingresso nella rete</translation>
    </message>
    <message>
        <source>«{site}» esclusa dalla rete</source>
        <translation>«{site}» esclusa dalla rete</translation>
    </message>
    <message>
        <source>«{site}» sospesa</source>
        <translation>«{site}» sospesa</translation>
    </message>
    <message>
        <source>motivo: {reason}</source>
        <translation>motivo: {reason}</translation>
    </message>
    <message>
        <source>modifica con data nel futuro</source>
        <translation>modifica con data nel futuro</translation>
    </message>
    <message>
        <source>accettata</source>
        <translation>accettata</translation>
    </message>
    <message>
        <source>rifiutata</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <source>non più di competenza</source>
        <translation>non più di competenza</translation>
    </message>
    <message>
        <source>copia di sicurezza</source>
        <translation>copia di sicurezza</translation>
    </message>
    <message>
        <source>del {moment}</source>
        <translation>del {moment}</translation>
    </message>
    <message>
        <source>archivio sostituito conservato in «{name}»</source>
        <translation>archivio sostituito conservato in «{name}»</translation>
    </message>
    <message>
        <source>indicatori</source>
        <translation>indicatori</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Le copie sono cifrate: si aprono con le password che gli utenti avevano quando sono state fatte, o con la chiave di recupero. genera ne fa una da sé alla chiusura, una al giorno, e conserva le ultime 7 giornaliere e 4 settimanali.</source>
        <translation>Le copie sono cifrate: si aprono con le password che gli utenti avevano quando sono state fatte, o con la chiave di recupero. genera ne fa una da sé alla chiusura, una al giorno, e conserva le ultime 7 giornaliere e 4 settimanali.</translation>
    </message>
    <message>
        <source>Copie di sicurezza</source>
        <translation>Copie di sicurezza</translation>
    </message>
    <message>
        <source>Fatta il</source>
        <translation>Fatta il</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Dimensione</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Crea copia ora</source>
        <translation>Crea copia ora</translation>
    </message>
    <message>
        <source>Salva copia in…</source>
        <translation>Salva copia in…</translation>
    </message>
    <message>
        <source>Ripristina la copia scelta…</source>
        <translation>Ripristina la copia scelta…</translation>
    </message>
    <message>
        <source>Ripristina da un file…</source>
        <translation>Ripristina da un file…</translation>
    </message>
    <message>
        <source>Solo un amministratore può ripristinare una copia: il ripristino sostituisce l&apos;intero archivio di questa postazione, per tutti.</source>
        <translation>Solo un amministratore può ripristinare una copia: il ripristino sostituisce l&apos;intero archivio di questa postazione, per tutti.</translation>
    </message>
    <message>
        <source>Salva copia in</source>
        <translation>Salva copia in</translation>
    </message>
    <message>
        <source>Copie di genera (*{suffix})</source>
        <translation>Copie di genera (*{suffix})</translation>
    </message>
    <message>
        <source>Copia in corso…</source>
        <translation>Copia in corso…</translation>
    </message>
    <message>
        <source>Copia fatta: {name} ({size}).</source>
        <translation>Copia fatta: {name} ({size}).</translation>
    </message>
    <message>
        <source>La copia non è riuscita: {reason}</source>
        <translation>La copia non è riuscita: {reason}</translation>
    </message>
    <message>
        <source>Copia di sicurezza dell&apos;archivio…</source>
        <translation>Copia di sicurezza dell&apos;archivio…</translation>
    </message>
    <message>
        <source>Ripristina da un file</source>
        <translation>Ripristina da un file</translation>
    </message>
    <message>
        <source>Copie di genera (*{suffix});;Tutti i file (*)</source>
        <translation>Copie di genera (*{suffix});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Verifica della copia…</source>
        <translation>Verifica della copia…</translation>
    </message>
    <message>
        <source>Ripristino annullato: l&apos;archivio non è cambiato.</source>
        <translation>Ripristino annullato: l&apos;archivio non è cambiato.</translation>
    </message>
    <message>
        <source>Controllo completo della copia…</source>
        <translation>Controllo completo della copia…</translation>
    </message>
    <message>
        <source>La password non apre questa copia: serve quella che l&apos;utente aveva quando la copia è stata fatta (o la chiave di recupero, dal comando «genera restore»). L&apos;archivio non è cambiato.</source>
        <translation>La password non apre questa copia: serve quella che l&apos;utente aveva quando la copia è stata fatta (o la chiave di recupero, dal comando «genera restore»). L&apos;archivio non è cambiato.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Nessuna morosità seguita.</source>
        <translation>Nessuna morosità seguita.</translation>
    </message>
    <message>
        <source>{n} morosità</source>
        <translation>{n} morosità</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Benvenuti in genera</source>
        <translation>Benvenuti in genera</translation>
    </message>
    <message>
        <source>Questa postazione non ha ancora un archivio. Che cosa volete fare?</source>
        <translation>Questa postazione non ha ancora un archivio. Che cosa volete fare?</translation>
    </message>
</context>
<context>
    <name>CodeEdit</name>
    <message>
        <source>Scrivere per cercare nel catalogo</source>
        <translation>Scrivere per cercare nel catalogo</translation>
    </message>
</context>
<context>
    <name>CodeListEdit</name>
    <message>
        <source>Scrivere per cercare nel catalogo</source>
        <translation>Scrivere per cercare nel catalogo</translation>
    </message>
    <message>
        <source>Cerca nel catalogo</source>
        <translation>Cerca nel catalogo</translation>
    </message>
    <message>
        <source>Scelti (Canc toglie)</source>
        <translation>Scelti (Canc toglie)</translation>
    </message>
    <message>
        <source>Canc toglie quello selezionato</source>
        <translation>Canc toglie quello selezionato</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>(vuoto)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>sì</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Valore tenuto</source>
        <translation>Valore tenuto</translation>
    </message>
    <message>
        <source>Da</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Valore scartato</source>
        <translation>Valore scartato</translation>
    </message>
    <message>
        <source>Modificato</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Rilevato</source>
        <translation>Rilevato</translation>
    </message>
    <message>
        <source>Conflitti</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>&amp;Mantieni</source>
        <translation>&amp;Mantieni</translation>
    </message>
    <message>
        <source>Tiene il valore attuale e chiude la voce</source>
        <translation>Tiene il valore attuale e chiude la voce</translation>
    </message>
    <message>
        <source>&amp;Ripristina l&apos;altro valore</source>
        <translation>&amp;Ripristina l&apos;altro valore</translation>
    </message>
    <message>
        <source>A&amp;ggiorna</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Nessun conflitto aperto.</source>
        <translation>Nessun conflitto aperto.</translation>
    </message>
    <message>
        <source>1 conflitto aperto.</source>
        <translation>1 conflitto aperto.</translation>
    </message>
    <message>
        <source>{n} conflitti aperti.</source>
        <translation>{n} conflitti aperti.</translation>
    </message>
    <message>
        <source>Ripristina l&apos;altro valore</source>
        <translation>Ripristina l&apos;altro valore</translation>
    </message>
    <message>
        <source>Rendere attuale «{loser}» al posto di «{winner}»? La modifica sarà inviata a tutte le postazioni.</source>
        <translation>Rendere attuale «{loser}» al posto di «{winner}»? La modifica sarà inviata a tutte le postazioni.</translation>
    </message>
    <message>
        <source>Valore attuale mantenuto.</source>
        <translation>Valore attuale mantenuto.</translation>
    </message>
    <message>
        <source>Valore scartato ripristinato.</source>
        <translation>Valore scartato ripristinato.</translation>
    </message>
    <message>
        <source>Selezionare un conflitto nell&apos;elenco.</source>
        <translation>Selezionare un conflitto nell&apos;elenco.</translation>
    </message>
    <message>
        <source>(dato riservato: {area})</source>
        <translation>(dato riservato: {area})</translation>
    </message>
    <message>
        <source>Valore trattenuto</source>
        <translation>Valore trattenuto</translation>
    </message>
    <message>
        <source>Data della modifica</source>
        <translation>Data della modifica</translation>
    </message>
    <message>
        <source>Ricevuto</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Quarantena</source>
        <translation>Quarantena</translation>
    </message>
    <message>
        <source>Modifiche datate più di 24 ore nel futuro: l&apos;orologio del computer che le ha fatte era avanti. «Accetta» le applica con la data di adesso, «Rifiuta» le scarta; la decisione arriva a tutte le postazioni con i prossimi pacchetti.</source>
        <translation>Modifiche datate più di 24 ore nel futuro: l&apos;orologio del computer che le ha fatte era avanti. «Accetta» le applica con la data di adesso, «Rifiuta» le scarta; la decisione arriva a tutte le postazioni con i prossimi pacchetti.</translation>
    </message>
    <message>
        <source>A&amp;ccetta</source>
        <translation>A&amp;ccetta</translation>
    </message>
    <message>
        <source>Applica la modifica con la data di adesso</source>
        <translation>Applica la modifica con la data di adesso</translation>
    </message>
    <message>
        <source>Rif&amp;iuta</source>
        <translation>Rif&amp;iuta</translation>
    </message>
    <message>
        <source>Scarta la modifica</source>
        <translation>Scarta la modifica</translation>
    </message>
    <message>
        <source>Nessuna modifica in quarantena.</source>
        <translation>Nessuna modifica in quarantena.</translation>
    </message>
    <message>
        <source>1 modifica in quarantena.</source>
        <translation>1 modifica in quarantena.</translation>
    </message>
    <message>
        <source>{n} modifiche in quarantena.</source>
        <translation>{n} modifiche in quarantena.</translation>
    </message>
    <message>
        <source>Accetta la modifica</source>
        <translation>Accetta la modifica</translation>
    </message>
    <message>
        <source>Applicare il valore «{value}» al campo {field} di {record}, con la data di adesso? La decisione sarà inviata a tutte le postazioni e non si può annullare.</source>
        <translation>Applicare il valore «{value}» al campo {field} di {record}, con la data di adesso? La decisione sarà inviata a tutte le postazioni e non si può annullare.</translation>
    </message>
    <message>
        <source>Rifiuta la modifica</source>
        <translation>Rifiuta la modifica</translation>
    </message>
    <message>
        <source>Scartare il valore «{value}» del campo {field} di {record}? La decisione sarà inviata a tutte le postazioni e non si può annullare.</source>
        <translation>Scartare il valore «{value}» del campo {field} di {record}? La decisione sarà inviata a tutte le postazioni e non si può annullare.</translation>
    </message>
    <message>
        <source>Selezionare una modifica nell&apos;elenco.</source>
        <translation>Selezionare una modifica nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Modifica accettata e applicata con la data di adesso.</source>
        <translation>Modifica accettata e applicata con la data di adesso.</translation>
    </message>
    <message>
        <source>Modifica rifiutata e scartata.</source>
        <translation>Modifica rifiutata e scartata.</translation>
    </message>
    <message>
        <source>C&amp;onflitti aperti</source>
        <translation>C&amp;onflitti aperti</translation>
    </message>
    <message>
        <source>&amp;Quarantena</source>
        <translation>&amp;Quarantena</translation>
    </message>
</context>
<context>
    <name>ContextDialog</name>
    <message>
        <source>Nuovo contesto abitativo</source>
        <translation>Nuovo contesto abitativo</translation>
    </message>
    <message>
        <source>Contesto abitativo</source>
        <translation>Contesto abitativo</translation>
    </message>
    <message>
        <source>Nessuno</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Gestore</source>
        <translation>Gestore</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Custode sociale</source>
        <translation>Custode sociale</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Ci sono modifiche non salvate. Chiudere senza salvarle?</source>
        <translation>Ci sono modifiche non salvate. Chiudere senza salvarle?</translation>
    </message>
</context>
<context>
    <name>ContextsPage</name>
    <message>
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Gestore</source>
        <translation>Gestore</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Custode</source>
        <translation>Custode</translation>
    </message>
    <message>
        <source>Nuclei</source>
        <translation>Nuclei</translation>
    </message>
    <message>
        <source>Contesti abitativi</source>
        <translation>Contesti abitativi</translation>
    </message>
    <message>
        <source>Cerca per nome, indirizzo o comune (Ctrl+F)</source>
        <translation>Cerca per nome, indirizzo o comune (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nuovo contesto…</source>
        <translation>Nuovo contesto…</translation>
    </message>
    <message>
        <source>Modifica…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source> I contesti si aggiungono e si modificano al coordinamento.</source>
        <translation> I contesti si aggiungono e si modificano al coordinamento.</translation>
    </message>
    <message>
        <source>{n} contesti</source>
        <translation>{n} contesti</translation>
    </message>
    <message>
        <source>1 contesto</source>
        <translation>1 contesto</translation>
    </message>
    <message>
        <source>Selezionare un contesto nell&apos;elenco.</source>
        <translation>Selezionare un contesto nell&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>CoursesPart</name>
    <message>
        <source>Corso</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Competenze del corso</source>
        <translation>Competenze del corso</translation>
    </message>
    <message>
        <source>Corsi</source>
        <translation>Corsi</translation>
    </message>
    <message>
        <source>&amp;Iscrivi a un corso…</source>
        <translation>&amp;Iscrivi a un corso…</translation>
    </message>
    <message>
        <source>&amp;Corso completato</source>
        <translation>&amp;Corso completato</translation>
    </message>
    <message>
        <source>Aggiungere al profilo lavoro le competenze del corso «{course}»: {skills}?</source>
        <translation>Aggiungere al profilo lavoro le competenze del corso «{course}»: {skills}?</translation>
    </message>
    <message>
        <source>Aggiungi</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Non aggiungere</source>
        <translation>Non aggiungere</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>nessun dato</source>
        <translation>nessun dato</translation>
    </message>
    <message>
        <source>Coordinamento: indicatori</source>
        <translation>Coordinamento: indicatori</translation>
    </message>
    <message>
        <source>A&amp;ggiorna</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Nuclei familiari raggiunti</source>
        <translation>Nuclei familiari raggiunti</translation>
    </message>
    <message>
        <source>Postazioni e ultimo pacchetto ricevuto</source>
        <translation>Postazioni e ultimo pacchetto ricevuto</translation>
    </message>
    <message>
        <source>Postazione</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Ultimo pacchetto</source>
        <translation>Ultimo pacchetto</translation>
    </message>
    <message>
        <source>Giorni fa</source>
        <translation>Giorni fa</translation>
    </message>
    <message>
        <source>Calcolo degli indicatori…</source>
        <translation>Calcolo degli indicatori…</translation>
    </message>
    <message>
        <source>su un obiettivo di {target} famiglie</source>
        <translation>su un obiettivo di {target} famiglie</translation>
    </message>
    <message>
        <source>Nuovi negli ultimi 7 giorni: {d7} · ultimi 30 giorni: {d30}
Persone: {persons} · casi attivi: {active} · visite: {visits}</source>
        <translation>Nuovi negli ultimi 7 giorni: {d7} · ultimi 30 giorni: {d30}
Persone: {persons} · casi attivi: {active} · visite: {visits}</translation>
    </message>
    <message>
        <source>non indicato</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Nuclei per punto di comunità</source>
        <translation>Nuclei per punto di comunità</translation>
    </message>
    <message>
        <source>Nuclei per comune</source>
        <translation>Nuclei per comune</translation>
    </message>
    <message>
        <source>Nuovi nuclei per settimana (ultime 52 settimane)</source>
        <translation>Nuovi nuclei per settimana (ultime 52 settimane)</translation>
    </message>
    <message>
        <source>altre destinazioni</source>
        <translation>altre destinazioni</translation>
    </message>
    <message>
        <source>Invii per destinazione ed esito</source>
        <translation>Invii per destinazione ed esito</translation>
    </message>
    <message>
        <source>Visite per contesto abitativo</source>
        <translation>Visite per contesto abitativo</translation>
    </message>
    <message>
        <source>Visite per problematica rilevata</source>
        <translation>Visite per problematica rilevata</translation>
    </message>
    <message>
        <source>Promemoria scaduti per punto</source>
        <translation>Promemoria scaduti per punto</translation>
    </message>
    <message>
        <source>Dati al {date}.</source>
        <translation>Dati al {date}.</translation>
    </message>
    <message>
        <source>revocata</source>
        <translation>revocata</translation>
    </message>
    <message>
        <source>Nessun pacchetto da più di {n} giorni</source>
        <translation>Nessun pacchetto da più di {n} giorni</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>gg/mm/aaaa</source>
        <translation>gg/mm/aaaa</translation>
    </message>
</context>
<context>
    <name>DaysGridDialog</name>
    <message>
        <source>Presenze per giorno – {title}</source>
        <translation>Presenze per giorno – {title}</translation>
    </message>
    <message>
        <source>Presenze per giorno</source>
        <translation>Presenze per giorno</translation>
    </message>
    <message>
        <source>Mese</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Giorni del mese</source>
        <translation>Giorni del mese</translation>
    </message>
    <message>
        <source>Totali del mese</source>
        <translation>Totali del mese</translation>
    </message>
    <message>
        <source>Frecce per spostarsi tra i giorni; Spazio segna il giorno presente o assente e lo salva; Pagina giù e Pagina su passano al mese dopo e a quello prima. In grigio i sabati, le domeniche e i festivi, non previsti se non si cambiano i giorni previsti.</source>
        <translation>Frecce per spostarsi tra i giorni; Spazio segna il giorno presente o assente e lo salva; Pagina giù e Pagina su passano al mese dopo e a quello prima. In grigio i sabati, le domeniche e i festivi, non previsti se non si cambiano i giorni previsti.</translation>
    </message>
    <message>
        <source>&amp;Mese</source>
        <translation>&amp;Mese</translation>
    </message>
    <message>
        <source>Giorni &amp;previsti</source>
        <translation>Giorni &amp;previsti</translation>
    </message>
    <message>
        <source>&amp;Quota del progetto (€)</source>
        <translation>&amp;Quota del progetto (€)</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Presenze: {attended} giorni su {expected} previsti ({share}%) – indennità dovuta: {due}</source>
        <translation>Presenze: {attended} giorni su {expected} previsti ({share}%) – indennità dovuta: {due}</translation>
    </message>
    <message>
        <source>Questo mese è registrato solo come numero di giorni ({n}): segnando i giorni, i giorni di presenza diventano quelli segnati.</source>
        <translation>Questo mese è registrato solo come numero di giorni ({n}): segnando i giorni, i giorni di presenza diventano quelli segnati.</translation>
    </message>
    <message>
        <source>Questo giorno è fuori dalle date del tirocinio.</source>
        <translation>Questo giorno è fuori dalle date del tirocinio.</translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message>
        <source>L</source>
        <comment>lunedì</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>M</source>
        <comment>martedì</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>M</source>
        <comment>mercoledì</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>G</source>
        <comment>giovedì</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>V</source>
        <comment>venerdì</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>S</source>
        <comment>sabato</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>D</source>
        <comment>domenica</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>lunedì</source>
        <translation>lunedì</translation>
    </message>
    <message>
        <source>martedì</source>
        <translation>martedì</translation>
    </message>
    <message>
        <source>mercoledì</source>
        <translation>mercoledì</translation>
    </message>
    <message>
        <source>giovedì</source>
        <translation>giovedì</translation>
    </message>
    <message>
        <source>venerdì</source>
        <translation>venerdì</translation>
    </message>
    <message>
        <source>sabato</source>
        <translation>sabato</translation>
    </message>
    <message>
        <source>domenica</source>
        <translation>domenica</translation>
    </message>
    <message>
        <source>Presenze</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>fuori dal tirocinio</source>
        <translation>fuori dal tirocinio</translation>
    </message>
    <message>
        <source>presente</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>festivo</source>
        <translation>festivo</translation>
    </message>
    <message>
        <source>non lavorativo</source>
        <translation>non lavorativo</translation>
    </message>
    <message>
        <source>assente</source>
        <translation>assente</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Stesso codice fiscale</source>
        <translation>Stesso codice fiscale</translation>
    </message>
    <message>
        <source>Codice fiscale omocodico</source>
        <translation>Codice fiscale omocodico</translation>
    </message>
    <message>
        <source>Nome simile e stessa data di nascita</source>
        <translation>Nome simile e stessa data di nascita</translation>
    </message>
    <message>
        <source>Nuclei di punti diversi con una persona in comune</source>
        <translation>Nuclei di punti diversi con una persona in comune</translation>
    </message>
    <message>
        <source>Punteggio</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Nucleo</source>
        <translation>Nucleo</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Nomi</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Codici</source>
        <translation>Codici</translation>
    </message>
    <message>
        <source>Nascita</source>
        <translation>Nascita</translation>
    </message>
    <message>
        <source>Punti</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>A sinistra</source>
        <translation>A sinistra</translation>
    </message>
    <message>
        <source>A destra</source>
        <translation>A destra</translation>
    </message>
    <message>
        <source>Componenti</source>
        <translation>Componenti</translation>
    </message>
    <message>
        <source>Unito il</source>
        <translation>Unito il</translation>
    </message>
    <message>
        <source>Scartato</source>
        <translation>Scartato</translation>
    </message>
    <message>
        <source>Unito a</source>
        <translation>Unito a</translation>
    </message>
    <message>
        <source>Da</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Possibili duplicati</source>
        <translation>Possibili duplicati</translation>
    </message>
    <message>
        <source>Unisci (tieni a &amp;sinistra)</source>
        <translation>Unisci (tieni a &amp;sinistra)</translation>
    </message>
    <message>
        <source>Unisci (tieni a &amp;destra)</source>
        <translation>Unisci (tieni a &amp;destra)</translation>
    </message>
    <message>
        <source>A&amp;ggiorna</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Confronto dei due dati (in grassetto le differenze)</source>
        <translation>Confronto dei due dati (in grassetto le differenze)</translation>
    </message>
    <message>
        <source>Unioni fatte</source>
        <translation>Unioni fatte</translation>
    </message>
    <message>
        <source>S&amp;epara</source>
        <translation>S&amp;epara</translation>
    </message>
    <message>
        <source>Nessun possibile duplicato.</source>
        <translation>Nessun possibile duplicato.</translation>
    </message>
    <message>
        <source>{n} coppie da esaminare.</source>
        <translation>{n} coppie da esaminare.</translation>
    </message>
    <message>
        <source>1 coppia da esaminare.</source>
        <translation>1 coppia da esaminare.</translation>
    </message>
    <message>
        <source>Selezionare una coppia nell&apos;elenco.</source>
        <translation>Selezionare una coppia nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Unisci duplicati</source>
        <translation>Unisci duplicati</translation>
    </message>
    <message>
        <source>Tenere «{keep}» e unirvi «{drop}»? Quanto è collegato a «{drop}» passerà a «{keep}». Si potrà separare di nuovo.</source>
        <translation>Tenere «{keep}» e unirvi «{drop}»? Quanto è collegato a «{drop}» passerà a «{keep}». Si potrà separare di nuovo.</translation>
    </message>
    <message>
        <source>Duplicati uniti.</source>
        <translation>Duplicati uniti.</translation>
    </message>
    <message>
        <source>Selezionare un&apos;unione nell&apos;elenco.</source>
        <translation>Selezionare un&apos;unione nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Separa</source>
        <translation>Separa</translation>
    </message>
    <message>
        <source>Separare «{name}» da «{into}»?</source>
        <translation>Separare «{name}» da «{into}»?</translation>
    </message>
    <message>
        <source>Dati separati.</source>
        <translation>Dati separati.</translation>
    </message>
</context>
<context>
    <name>DwellingsTab</name>
    <message>
        <source>Cerca per comune, indirizzo o proprietario (Ctrl+F)</source>
        <translation>Cerca per comune, indirizzo o proprietario (Ctrl+F)</translation>
    </message>
    <message>
        <source>Locali: tutti</source>
        <translation>Locali: tutti</translation>
    </message>
    <message>
        <source>almeno {n}</source>
        <translation>almeno {n}</translation>
    </message>
    <message>
        <source>Quanti locali almeno</source>
        <translation>Quanti locali almeno</translation>
    </message>
    <message>
        <source>Canone: tutti</source>
        <translation>Canone: tutti</translation>
    </message>
    <message>
        <source>fino a {n} €</source>
        <translation>fino a {n} €</translation>
    </message>
    <message>
        <source>Canone richiesto al massimo</source>
        <translation>Canone richiesto al massimo</translation>
    </message>
    <message>
        <source>Solo accessibili</source>
        <translation>Solo accessibili</translation>
    </message>
    <message>
        <source>Nuovo alloggio (Ctrl+N)</source>
        <translation>Nuovo alloggio (Ctrl+N)</translation>
    </message>
    <message>
        <source>Invio modifica l&apos;alloggio scelto.</source>
        <translation>Invio modifica l&apos;alloggio scelto.</translation>
    </message>
    <message>
        <source>Nessun alloggio trovato.</source>
        <translation>Nessun alloggio trovato.</translation>
    </message>
    <message>
        <source>1 alloggio</source>
        <translation>1 alloggio</translation>
    </message>
    <message>
        <source>{n} alloggi</source>
        <translation>{n} alloggi</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Salva</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>FundList</name>
    <message>
        <source>Nessun fondo di garanzia: li apre il coordinamento.</source>
        <translation>Nessun fondo di garanzia: li apre il coordinamento.</translation>
    </message>
    <message>
        <source>{n} fondi</source>
        <translation>{n} fondi</translation>
    </message>
    <message>
        <source>1 fondo</source>
        <translation>1 fondo</translation>
    </message>
</context>
<context>
    <name>FundsTab</name>
    <message>
        <source>Nuovo fondo</source>
        <translation>Nuovo fondo</translation>
    </message>
    <message>
        <source>Nuova domanda al fondo scelto (Ctrl+N)</source>
        <translation>Nuova domanda al fondo scelto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Approva</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Respingi</source>
        <translation>Respingi</translation>
    </message>
    <message>
        <source>Eroga</source>
        <translation>Eroga</translation>
    </message>
    <message>
        <source>Stampa la domanda</source>
        <translation>Stampa la domanda</translation>
    </message>
    <message>
        <source>Il modulo da firmare per il nucleo e il proprietario</source>
        <translation>Il modulo da firmare per il nucleo e il proprietario</translation>
    </message>
    <message>
        <source>Approvare, respingere ed erogare spetta al coordinamento: qui si presentano e si istruiscono le domande.</source>
        <translation>Approvare, respingere ed erogare spetta al coordinamento: qui si presentano e si istruiscono le domande.</translation>
    </message>
    <message>
        <source>Domande al fondo: {n} in attesa</source>
        <translation>Domande al fondo: {n} in attesa</translation>
    </message>
    <message>
        <source>Approva la domanda</source>
        <translation>Approva la domanda</translation>
    </message>
    <message>
        <source>Respingi la domanda</source>
        <translation>Respingi la domanda</translation>
    </message>
    <message>
        <source>Respingere la domanda di {who}?</source>
        <translation>Respingere la domanda di {who}?</translation>
    </message>
    <message>
        <source>Domanda al fondo</source>
        <translation>Domanda al fondo</translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message>
        <source>Incontri</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Iscritti</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Gruppi e laboratori per ragazzi</source>
        <translation>Gruppi e laboratori per ragazzi</translation>
    </message>
    <message>
        <source>Cerca per titolo o conduttore (Ctrl+F)</source>
        <translation>Cerca per titolo o conduttore (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nuovo gruppo</source>
        <translation>Nuovo gruppo</translation>
    </message>
    <message>
        <source>Nuovo gruppo di ragazzi (Ctrl+N)</source>
        <translation>Nuovo gruppo di ragazzi (Ctrl+N)</translation>
    </message>
    <message>
        <source>Invio apre il gruppo o il laboratorio: incontri, iscritti e presenze.</source>
        <translation>Invio apre il gruppo o il laboratorio: incontri, iscritti e presenze.</translation>
    </message>
    <message>
        <source>Nessun gruppo: «Nuovo gruppo» (Ctrl+N) per il primo.</source>
        <translation>Nessun gruppo: «Nuovo gruppo» (Ctrl+N) per il primo.</translation>
    </message>
    <message>
        <source>Nessun gruppo trovato.</source>
        <translation>Nessun gruppo trovato.</translation>
    </message>
    <message>
        <source>Gruppi: {g} · laboratori per ragazzi: {w}</source>
        <translation>Gruppi: {g} · laboratori per ragazzi: {w}</translation>
    </message>
</context>
<context>
    <name>HealthConsentDialog</name>
    <message>
        <source>Consenso ai dati di salute</source>
        <translation>Consenso ai dati di salute</translation>
    </message>
    <message>
        <source>Nella scheda di accoglienza non è spuntato il consenso al trattamento dei dati di salute e particolari.

Salvare comunque i dati sanitari di questo componente?</source>
        <translation>Nella scheda di accoglienza non è spuntato il consenso al trattamento dei dati di salute e particolari.

Salvare comunque i dati sanitari di questo componente?</translation>
    </message>
    <message>
        <source>Salva comunque</source>
        <translation>Salva comunque</translation>
    </message>
    <message>
        <source>Non salvare</source>
        <translation>Non salvare</translation>
    </message>
</context>
<context>
    <name>HealthForm</name>
    <message>
        <source>Componente</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Dati sanitari: visibili solo agli operatori autorizzati e stampati su una pagina a parte della scheda.</source>
        <translation>Dati sanitari: visibili solo agli operatori autorizzati e stampati su una pagina a parte della scheda.</translation>
    </message>
    <message>
        <source>Disabilità</source>
        <translation>Disabilità</translation>
    </message>
    <message>
        <source>Invalidità riconosciuta</source>
        <translation>Invalidità riconosciuta</translation>
    </message>
    <message>
        <source>Non autosufficienza</source>
        <translation>Non autosufficienza</translation>
    </message>
    <message>
        <source>Percentuale di invalidità</source>
        <translation>Percentuale di invalidità</translation>
    </message>
    <message>
        <source>Condizioni di salute</source>
        <translation>Condizioni di salute</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Manca il consenso al trattamento dei dati di salute: spuntarlo nella scheda Accoglienza («Privacy e consensi»). Prima di salvare verrà chiesta conferma.</source>
        <translation>Manca il consenso al trattamento dei dati di salute: spuntarlo nella scheda Accoglienza («Privacy e consensi»). Prima di salvare verrà chiesta conferma.</translation>
    </message>
    <message>
        <source>Aggiungere prima i componenti del nucleo.</source>
        <translation>Aggiungere prima i componenti del nucleo.</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Ore</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Attività svolta</source>
        <translation>Attività svolta</translation>
    </message>
    <message>
        <source>Ore registrate</source>
        <translation>Ore registrate</translation>
    </message>
    <message>
        <source>&amp;Aggiungi</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Registra la riga (Invio)</source>
        <translation>Registra la riga (Invio)</translation>
    </message>
    <message>
        <source>Giorno</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Stampa &amp;registro…</source>
        <translation>Stampa &amp;registro…</translation>
    </message>
    <message>
        <source>Stampa &amp;patto formativo…</source>
        <translation>Stampa &amp;patto formativo…</translation>
    </message>
    <message>
        <source>Ore svolte: {n}</source>
        <translation>Ore svolte: {n}</translation>
    </message>
    <message>
        <source>previste: {n}</source>
        <translation>previste: {n}</translation>
    </message>
    <message>
        <source>richieste nel triennio: {n}, ne mancano {left}</source>
        <translation>richieste nel triennio: {n}, ne mancano {left}</translation>
    </message>
    <message>
        <source>Registrare ora il consenso alla formazione scuola-lavoro dato da un genitore o dal tutore?</source>
        <translation>Registrare ora il consenso alla formazione scuola-lavoro dato da un genitore o dal tutore?</translation>
    </message>
    <message>
        <source>Manca il consenso</source>
        <translation>Manca il consenso</translation>
    </message>
    <message>
        <source>Registra il consenso</source>
        <translation>Registra il consenso</translation>
    </message>
    <message>
        <source>Registro ore</source>
        <translation>Registro ore</translation>
    </message>
    <message>
        <source>Patto formativo</source>
        <translation>Patto formativo</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>Pratica</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>assegnata al salvataggio</source>
        <translation>assegnata al salvataggio</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>via e numero civico</source>
        <translation>via e numero civico</translation>
    </message>
    <message>
        <source>Scala / interno</source>
        <translation>Scala / interno</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Registrato il</source>
        <translation>Registrato il</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Il numero di pratica non si cambia una volta assegnato</source>
        <translation>Il numero di pratica non si cambia una volta assegnato</translation>
    </message>
</context>
<context>
    <name>HouseholdHousingTab</name>
    <message>
        <source>Ruolo</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>ospita</source>
        <translation>ospita</translation>
    </message>
    <message>
        <source>è ospitato</source>
        <translation>è ospitato</translation>
    </message>
    <message>
        <source>Nessun contratto d&apos;affitto registrato.</source>
        <translation>Nessun contratto d&apos;affitto registrato.</translation>
    </message>
    <message>
        <source>Contratti, domande al fondo di garanzia e morosità si registrano nella sezione Casa.</source>
        <translation>Contratti, domande al fondo di garanzia e morosità si registrano nella sezione Casa.</translation>
    </message>
    <message>
        <source>{n} locali</source>
        <translation>{n} locali</translation>
    </message>
    <message>
        <source>{m} m²</source>
        <translation>{m} m²</translation>
    </message>
    <message>
        <source>proprietario {name}</source>
        <translation>proprietario {name}</translation>
    </message>
    <message>
        <source>Contratto {type} dal {start}</source>
        <translation>Contratto {type} dal {start}</translation>
    </message>
    <message>
        <source>canone {rent} al mese</source>
        <translation>canone {rent} al mese</translation>
    </message>
    <message>
        <source>primo termine {date}</source>
        <translation>primo termine {date}</translation>
    </message>
    <message>
        <source>rinnovo fino al {date}</source>
        <translation>rinnovo fino al {date}</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Salva intestazione, accoglienza e salute (Ctrl+S)</source>
        <translation>Salva intestazione, accoglienza e salute (Ctrl+S)</translation>
    </message>
    <message>
        <source>Scheda di accoglienza da firmare (Ctrl+P)</source>
        <translation>Scheda di accoglienza da firmare (Ctrl+P)</translation>
    </message>
    <message>
        <source>Scheda di accoglienza</source>
        <translation>Scheda di accoglienza</translation>
    </message>
    <message>
        <source>Scheda con la pagina salute e disabilità</source>
        <translation>Scheda con la pagina salute e disabilità</translation>
    </message>
    <message>
        <source>Salva (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Stampa scheda… (Ctrl+P)</source>
        <translation>Stampa scheda… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Chiudi (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>Torna all&apos;elenco (Esc)</source>
        <translation>Torna all&apos;elenco (Esc)</translation>
    </message>
    <message>
        <source>Casa</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>nessuno</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Cognome e nome</source>
        <translation>Cognome e nome</translation>
    </message>
    <message>
        <source>Relazione</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Nato/a il (età)</source>
        <translation>Nato/a il (età)</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Lavoro</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Titolo di studio</source>
        <translation>Titolo di studio</translation>
    </message>
    <message>
        <source>Nessun componente: aggiungere la persona che si è presentata.</source>
        <translation>Nessun componente: aggiungere la persona che si è presentata.</translation>
    </message>
    <message>
        <source>Aggiungi componente</source>
        <translation>Aggiungi componente</translation>
    </message>
    <message>
        <source>Modifica</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Imposta come persona di riferimento</source>
        <translation>Imposta come persona di riferimento</translation>
    </message>
    <message>
        <source>Rimuovi</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Componenti</source>
        <translation>Componenti</translation>
    </message>
    <message>
        <source>Nessun colloquio registrato.</source>
        <translation>Nessun colloquio registrato.</translation>
    </message>
    <message>
        <source>Nessun invio o segnalazione.</source>
        <translation>Nessun invio o segnalazione.</translation>
    </message>
    <message>
        <source>sì, il {d}</source>
        <translation>sì, il {d}</translation>
    </message>
    <message>
        <source>Nessun promemoria.</source>
        <translation>Nessun promemoria.</translation>
    </message>
    <message>
        <source>Fatto / da fare</source>
        <translation>Fatto / da fare</translation>
    </message>
    <message>
        <source>Elimina</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Nucleo {case}</source>
        <translation>Nucleo {case}</translation>
    </message>
    <message>
        <source>Nuovo nucleo familiare</source>
        <translation>Nuovo nucleo familiare</translation>
    </message>
    <message>
        <source>indirizzo e punto, poi i componenti</source>
        <translation>indirizzo e punto, poi i componenti</translation>
    </message>
    <message>
        <source>{n} componenti</source>
        <translation>{n} componenti</translation>
    </message>
    <message>
        <source>1 componente</source>
        <translation>1 componente</translation>
    </message>
    <message>
        <source>modifiche non salvate</source>
        <translation>modifiche non salvate</translation>
    </message>
    <message>
        <source>Componenti ({n})</source>
        <translation>Componenti ({n})</translation>
    </message>
    <message>
        <source>Rimuovere {name} dal nucleo? I suoi dati saranno eliminati.</source>
        <translation>Rimuovere {name} dal nucleo? I suoi dati saranno eliminati.</translation>
    </message>
    <message>
        <source>È la persona di riferimento: sceglierne poi un&apos;altra.</source>
        <translation>È la persona di riferimento: sceglierne poi un&apos;altra.</translation>
    </message>
    <message>
        <source>Rimuovi componente</source>
        <translation>Rimuovi componente</translation>
    </message>
    <message>
        <source>Componente rimosso: {name}.</source>
        <translation>Componente rimosso: {name}.</translation>
    </message>
    <message>
        <source>questo colloquio</source>
        <translation>questo colloquio</translation>
    </message>
    <message>
        <source>questo invio</source>
        <translation>questo invio</translation>
    </message>
    <message>
        <source>questo promemoria</source>
        <translation>questo promemoria</translation>
    </message>
    <message>
        <source>Eliminare {what}?</source>
        <translation>Eliminare {what}?</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Pratica</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Persona di riferimento</source>
        <translation>Persona di riferimento</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Componenti</source>
        <translation>Componenti</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Registrato il</source>
        <translation>Registrato il</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Nuclei familiari</source>
        <translation>Nuclei familiari</translation>
    </message>
    <message>
        <source>Nuovo nucleo</source>
        <translation>Nuovo nucleo</translation>
    </message>
    <message>
        <source>Registra un nuovo nucleo familiare (Ctrl+N)</source>
        <translation>Registra un nuovo nucleo familiare (Ctrl+N)</translation>
    </message>
    <message>
        <source>Cerca per nome, codice fiscale, telefono, indirizzo o pratica (Ctrl+F)</source>
        <translation>Cerca per nome, codice fiscale, telefono, indirizzo o pratica (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tutti i punti</source>
        <translation>Tutti i punti</translation>
    </message>
    <message>
        <source>Punto di comunità</source>
        <translation>Punto di comunità</translation>
    </message>
    <message>
        <source>Tutti gli stati</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Stato del nucleo</source>
        <translation>Stato del nucleo</translation>
    </message>
    <message>
        <source>Più di {n} nuclei</source>
        <translation>Più di {n} nuclei</translation>
    </message>
    <message>
        <source>Più di {n} nuclei: affinare la ricerca, o scorrere fino in fondo per vederli tutti</source>
        <translation>Più di {n} nuclei: affinare la ricerca, o scorrere fino in fondo per vederli tutti</translation>
    </message>
    <message>
        <source>Nessun nucleo trovato</source>
        <translation>Nessun nucleo trovato</translation>
    </message>
    <message>
        <source>Nessun nucleo registrato</source>
        <translation>Nessun nucleo registrato</translation>
    </message>
    <message>
        <source>1 nucleo</source>
        <translation>1 nucleo</translation>
    </message>
    <message>
        <source>{n} nuclei</source>
        <translation>{n} nuclei</translation>
    </message>
</context>
<context>
    <name>HousingAgenda</name>
    <message>
        <source>Scadenza</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Che cosa</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>Nucleo</source>
        <translation>Nucleo</translation>
    </message>
    <message>
        <source>Persona di riferimento</source>
        <translation>Persona di riferimento</translation>
    </message>
    <message>
        <source>Casa: contratti in scadenza e rate non pagate</source>
        <translation>Casa: contratti in scadenza e rate non pagate</translation>
    </message>
    <message>
        <source>I contratti a canone concordato da sei mesi prima della fine dei primi tre anni o della proroga di due; le rate dei piani di rientro scadute e non pagate. Invio apre la scheda Casa del nucleo.</source>
        <translation>I contratti a canone concordato da sei mesi prima della fine dei primi tre anni o della proroga di due; le rate dei piani di rientro scadute e non pagate. Invio apre la scheda Casa del nucleo.</translation>
    </message>
    <message>
        <source>Rata del piano di rientro non pagata da ieri: {amount}</source>
        <translation>Rata del piano di rientro non pagata da ieri: {amount}</translation>
    </message>
    <message>
        <source>Rata del piano di rientro non pagata da {n} giorni: {amount}</source>
        <translation>Rata del piano di rientro non pagata da {n} giorni: {amount}</translation>
    </message>
    <message>
        <source>Fine della proroga di due anni del canone concordato (entro tre mesi)</source>
        <translation>Fine della proroga di due anni del canone concordato (entro tre mesi)</translation>
    </message>
    <message>
        <source>Fine della proroga di due anni del canone concordato (entro sei mesi)</source>
        <translation>Fine della proroga di due anni del canone concordato (entro sei mesi)</translation>
    </message>
    <message>
        <source>Fine dei primi tre anni del canone concordato (entro tre mesi)</source>
        <translation>Fine dei primi tre anni del canone concordato (entro tre mesi)</translation>
    </message>
    <message>
        <source>Fine dei primi tre anni del canone concordato (entro sei mesi)</source>
        <translation>Fine dei primi tre anni del canone concordato (entro sei mesi)</translation>
    </message>
</context>
<context>
    <name>HousingIndicators</name>
    <message>
        <source>Domande presentate</source>
        <translation>Domande presentate</translation>
    </message>
    <message>
        <source>Domande istruite</source>
        <translation>Domande istruite</translation>
    </message>
    <message>
        <source>Domande approvate</source>
        <translation>Domande approvate</translation>
    </message>
    <message>
        <source>Domande respinte</source>
        <translation>Domande respinte</translation>
    </message>
    <message>
        <source>Domande erogate</source>
        <translation>Domande erogate</translation>
    </message>
    <message>
        <source>Domande chiuse</source>
        <translation>Domande chiuse</translation>
    </message>
    <message>
        <source>Contratti firmati</source>
        <translation>Contratti firmati</translation>
    </message>
    <message>
        <source>Morosità aperte</source>
        <translation>Morosità aperte</translation>
    </message>
    <message>
        <source>Morosità risolte</source>
        <translation>Morosità risolte</translation>
    </message>
    <message>
        <source>Sfratti evitati</source>
        <translation>Sfratti evitati</translation>
    </message>
    <message>
        <source>Coabitazioni in corso</source>
        <translation>Coabitazioni in corso</translation>
    </message>
    <message>
        <source>Piano casa per punto di comunità</source>
        <translation>Piano casa per punto di comunità</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Piano casa per mese</source>
        <translation>Piano casa per mese</translation>
    </message>
    <message>
        <source>Mese</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>non indicato</source>
        <translation>non indicato</translation>
    </message>
</context>
<context>
    <name>HousingMessages</name>
    <message>
        <source>Approvare, respingere, chiudere ed erogare spetta al coordinamento: le decisioni sul denaro si prendono in un posto solo.</source>
        <translation>Approvare, respingere, chiudere ed erogare spetta al coordinamento: le decisioni sul denaro si prendono in un posto solo.</translation>
    </message>
    <message>
        <source>Per approvare una domanda serve l&apos;importo approvato.</source>
        <translation>Per approvare una domanda serve l&apos;importo approvato.</translation>
    </message>
    <message>
        <source>L&apos;importo supera la disponibilità del fondo ({detail}).</source>
        <translation>L&apos;importo supera la disponibilità del fondo ({detail}).</translation>
    </message>
    <message>
        <source>L&apos;ISEE della domanda supera il massimo del fondo ({detail}).</source>
        <translation>L&apos;ISEE della domanda supera il massimo del fondo ({detail}).</translation>
    </message>
    <message>
        <source>Con questa erogazione si supererebbe l&apos;importo approvato (amount_approved) della domanda ({detail}).</source>
        <translation>Con questa erogazione si supererebbe l&apos;importo approvato (amount_approved) della domanda ({detail}).</translation>
    </message>
    <message>
        <source>La dotazione del fondo non può scendere sotto quanto le domande hanno già impegnato ({detail}).</source>
        <translation>La dotazione del fondo non può scendere sotto quanto le domande hanno già impegnato ({detail}).</translation>
    </message>
    <message>
        <source>Su questa domanda sono già stati erogati {detail}: resta approvata, erogata o chiusa, nel suo fondo, con un importo approvato non inferiore.</source>
        <translation>Su questa domanda sono già stati erogati {detail}: resta approvata, erogata o chiusa, nel suo fondo, con un importo approvato non inferiore.</translation>
    </message>
    <message>
        <source>Il fondo ha ancora {detail} domande: eliminarle o spostarle su un altro fondo prima.</source>
        <translation>Il fondo ha ancora {detail} domande: eliminarle o spostarle su un altro fondo prima.</translation>
    </message>
    <message>
        <source>Chi ospita e chi è ospitato devono essere due persone.</source>
        <translation>Chi ospita e chi è ospitato devono essere due persone.</translation>
    </message>
    <message>
        <source>Una coabitazione unisce la disponibilità di chi ospita a quella di chi cerca alloggio.</source>
        <translation>Una coabitazione unisce la disponibilità di chi ospita a quella di chi cerca alloggio.</translation>
    </message>
    <message>
        <source>Questa coabitazione ha già visite di monitoraggio, fatte a chi ospita e a chi è ospitato: non si cambiano più. Chiudi questa coabitazione (fase «Conclusa») e avviane una nuova.</source>
        <translation>Questa coabitazione ha già visite di monitoraggio, fatte a chi ospita e a chi è ospitato: non si cambiano più. Chiudi questa coabitazione (fase «Conclusa») e avviane una nuova.</translation>
    </message>
    <message>
        <source>La visita non può essere prima dell&apos;inizio della coabitazione ({detail}).</source>
        <translation>La visita non può essere prima dell&apos;inizio della coabitazione ({detail}).</translation>
    </message>
    <message>
        <source>Una coabitazione tra nuclei di due punti si registra al coordinamento, l&apos;unica postazione che li ha entrambi.</source>
        <translation>Una coabitazione tra nuclei di due punti si registra al coordinamento, l&apos;unica postazione che li ha entrambi.</translation>
    </message>
</context>
<context>
    <name>HousingPage</name>
    <message>
        <source>Parti del piano casa</source>
        <translation>Parti del piano casa</translation>
    </message>
    <message>
        <source>Il piano casa è riservato a chi ha l&apos;accesso «Piano casa»: chiedilo a un amministratore.</source>
        <translation>Il piano casa è riservato a chi ha l&apos;accesso «Piano casa»: chiedilo a un amministratore.</translation>
    </message>
    <message>
        <source>Alloggi</source>
        <translation>Alloggi</translation>
    </message>
    <message>
        <source>Proprietari</source>
        <translation>Proprietari</translation>
    </message>
    <message>
        <source>Fondi di garanzia</source>
        <translation>Fondi di garanzia</translation>
    </message>
    <message>
        <source>Morosità</source>
        <translation>Morosità</translation>
    </message>
    <message>
        <source>Ospitalità</source>
        <translation>Ospitalità</translation>
    </message>
    <message>
        <source>Coabitazioni</source>
        <translation>Coabitazioni</translation>
    </message>
    <message>
        <source>Zone del canone</source>
        <translation>Zone del canone</translation>
    </message>
</context>
<context>
    <name>HousingPairs</name>
    <message>
        <source>Vivono nello stesso comune, {municipality}.</source>
        <translation>Vivono nello stesso comune, {municipality}.</translation>
    </message>
    <message>
        <source>Sono seguiti da due punti ({host} e {guest}): il patto si registra al coordinamento.</source>
        <translation>Sono seguiti da due punti ({host} e {guest}): il patto si registra al coordinamento.</translation>
    </message>
    <message>
        <source>Chi ospita chiede {asked} al mese e l&apos;ospite può dare fino a {can}.</source>
        <translation>Chi ospita chiede {asked} al mese e l&apos;ospite può dare fino a {can}.</translation>
    </message>
    <message>
        <source>Chi ospita chiede {asked} al mese, ma l&apos;ospite può dare solo {can}.</source>
        <translation>Chi ospita chiede {asked} al mese, ma l&apos;ospite può dare solo {can}.</translation>
    </message>
    <message>
        <source>L&apos;ospite offre l&apos;aiuto che chi ospita chiede: {help}.</source>
        <translation>L&apos;ospite offre l&apos;aiuto che chi ospita chiede: {help}.</translation>
    </message>
    <message>
        <source>Chi ospita chiede anche un aiuto che l&apos;ospite non offre: {help}.</source>
        <translation>Chi ospita chiede anche un aiuto che l&apos;ospite non offre: {help}.</translation>
    </message>
    <message>
        <source>L&apos;ospite è in casa quando chi ospita lo desidera: {times}.</source>
        <translation>L&apos;ospite è in casa quando chi ospita lo desidera: {times}.</translation>
    </message>
    <message>
        <source>Chi ospita vorrebbe qualcuno in casa anche quando l&apos;ospite non c&apos;è: {times}.</source>
        <translation>Chi ospita vorrebbe qualcuno in casa anche quando l&apos;ospite non c&apos;è: {times}.</translation>
    </message>
    <message>
        <source>Chi ospita ha {host} anni, l&apos;ospite {guest}.</source>
        <translation>Chi ospita ha {host} anni, l&apos;ospite {guest}.</translation>
    </message>
    <message>
        <source>Possono iniziare dal {date}.</source>
        <translation>Possono iniziare dal {date}.</translation>
    </message>
    <message>
        <source>Età</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Chi ospita</source>
        <translation>Chi ospita</translation>
    </message>
    <message>
        <source>Chi cerca alloggio</source>
        <translation>Chi cerca alloggio</translation>
    </message>
    <message>
        <source>A favore</source>
        <translation>A favore</translation>
    </message>
    <message>
        <source>Da valutare</source>
        <translation>Da valutare</translation>
    </message>
    <message>
        <source>Motivi</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <source>sì</source>
        <translation>sì</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Il file non si può leggere.</source>
        <translation>Il file non si può leggere.</translation>
    </message>
    <message>
        <source>Il file è vuoto.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>Manca la riga di intestazione con i nomi delle colonne.</source>
        <translation>Manca la riga di intestazione con i nomi delle colonne.</translation>
    </message>
    <message>
        <source>Una colonna compare due volte: {detail}.</source>
        <translation>Una colonna compare due volte: {detail}.</translation>
    </message>
    <message>
        <source>Una riga non è JSON valido.</source>
        <translation>Una riga non è JSON valido.</translation>
    </message>
    <message>
        <source>Ogni riga JSON deve essere un oggetto.</source>
        <translation>Ogni riga JSON deve essere un oggetto.</translation>
    </message>
    <message>
        <source>Formato non riconosciuto: usare CSV, XLSX o JSONL.</source>
        <translation>Formato non riconosciuto: usare CSV, XLSX o JSONL.</translation>
    </message>
    <message>
        <source>Il file non si può leggere come tabella.</source>
        <translation>Il file non si può leggere come tabella.</translation>
    </message>
    <message>
        <source>Riga {line}: {text}</source>
        <translation>Riga {line}: {text}</translation>
    </message>
    <message>
        <source>Data non valida: nel file va scritta AAAA-MM-GG, es. 2025-12-31</source>
        <translation>Data non valida: nel file va scritta AAAA-MM-GG, es. 2025-12-31</translation>
    </message>
    <message>
        <source>Importa nuclei da file</source>
        <translation>Importa nuclei da file</translation>
    </message>
    <message>
        <source>Il file CSV non è in una codifica riconosciuta (UTF-8 o Windows): salvarlo di nuovo come «CSV UTF-8».</source>
        <translation>Il file CSV non è in una codifica riconosciuta (UTF-8 o Windows): salvarlo di nuovo come «CSV UTF-8».</translation>
    </message>
    <message>
        <source>riferimento del nucleo</source>
        <translation>riferimento del nucleo</translation>
    </message>
    <message>
        <source>{field} della persona</source>
        <translation>{field} della persona</translation>
    </message>
    <message>
        <source>Colonne riconosciute: {list}.</source>
        <translation>Colonne riconosciute: {list}.</translation>
    </message>
    <message>
        <source>Non riconosciute: {list}.</source>
        <translation>Non riconosciute: {list}.</translation>
    </message>
    <message>
        <source>Mancano: {list}.</source>
        <translation>Mancano: {list}.</translation>
    </message>
    <message>
        <source>Un file CSV, XLSX o JSONL con una riga per persona: le righe con lo stesso &lt;b&gt;household_ref&lt;/b&gt; (o «Rif. nucleo») formano un nucleo familiare. Colonne obbligatorie: {cols}, anche con i nomi italiani («Nucleo», «Punto», «Nome», «Cognome»). Si importa tutto o niente: se una riga è sbagliata non viene salvato nulla.</source>
        <translation>Un file CSV, XLSX o JSONL con una riga per persona: le righe con lo stesso &lt;b&gt;household_ref&lt;/b&gt; (o «Rif. nucleo») formano un nucleo familiare. Colonne obbligatorie: {cols}, anche con i nomi italiani («Nucleo», «Punto», «Nome», «Cognome»). Si importa tutto o niente: se una riga è sbagliata non viene salvato nulla.</translation>
    </message>
    <message>
        <source>Nessun file scelto</source>
        <translation>Nessun file scelto</translation>
    </message>
    <message>
        <source>File da importare</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>Scegli file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <source>Colonne del file</source>
        <translation>Colonne del file</translation>
    </message>
    <message>
        <source>Riga</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Problema</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Righe con problemi</source>
        <translation>Righe con problemi</translation>
    </message>
    <message>
        <source>Importa</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Scegli il file da importare</source>
        <translation>Scegli il file da importare</translation>
    </message>
    <message>
        <source>Tabelle (*.csv *.xlsx *.jsonl *.ndjson *.json);;Tutti i file (*)</source>
        <translation>Tabelle (*.csv *.xlsx *.jsonl *.ndjson *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Importazione in corso…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <source>Importazione di {name}…</source>
        <translation>Importazione di {name}…</translation>
    </message>
    <message>
        <source>Importati {households} nuclei familiari e {persons} persone da {rows} righe.</source>
        <translation>Importati {households} nuclei familiari e {persons} persone da {rows} righe.</translation>
    </message>
    <message>
        <source>Importazione annullata: non è stato salvato nulla.</source>
        <translation>Importazione annullata: non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>{n} righe hanno problemi: non è stato importato nulla. Correggere il file e riprovare.</source>
        <translation>{n} righe hanno problemi: non è stato importato nulla. Correggere il file e riprovare.</translation>
    </message>
    <message>
        <source>mancano le colonne {cols}</source>
        <translation>mancano le colonne {cols}</translation>
    </message>
    <message>
        <source>colonne sconosciute: {cols}</source>
        <translation>colonne sconosciute: {cols}</translation>
    </message>
    <message>
        <source>Intestazione non valida: {what}.</source>
        <translation>Intestazione non valida: {what}.</translation>
    </message>
</context>
<context>
    <name>IncentivesEdit</name>
    <message>
        <source>Incentivi validi alla data (Spazio sceglie)</source>
        <translation>Incentivi validi alla data (Spazio sceglie)</translation>
    </message>
    <message>
        <source>Nessun incentivo valido in questa data.</source>
        <translation>Nessun incentivo valido in questa data.</translation>
    </message>
    <message>
        <source>{code} – non valido in questa data</source>
        <translation>{code} – non valido in questa data</translation>
    </message>
    <message>
        <source>(fino al {day})</source>
        <translation>(fino al {day})</translation>
    </message>
    <message>
        <source>previsto dalla legge</source>
        <translation>previsto dalla legge</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Metti in valutazione</source>
        <translation>Metti in valutazione</translation>
    </message>
    <message>
        <source>Accogli</source>
        <translation>Accogli</translation>
    </message>
    <message>
        <source>Respingi</source>
        <translation>Respingi</translation>
    </message>
    <message>
        <source>Avvia</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Concludi</source>
        <translation>Concludi</translation>
    </message>
    <message>
        <source>Segna come ritirata</source>
        <translation>Segna come ritirata</translation>
    </message>
    <message>
        <source>Chi propone l&apos;iniziativa</source>
        <translation>Chi propone l&apos;iniziativa</translation>
    </message>
    <message>
        <source>Passaggi possibili:</source>
        <translation>Passaggi possibili:</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Stato: {status}</source>
        <translation>Stato: {status}</translation>
    </message>
    <message>
        <source>nessuno: stato finale</source>
        <translation>nessuno: stato finale</translation>
    </message>
    <message>
        <source>«{move}» non è possibile: {reason}</source>
        <translation>«{move}» non è possibile: {reason}</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Cerca per titolo o descrizione (Ctrl+F)</source>
        <translation>Cerca per titolo o descrizione (Ctrl+F)</translation>
    </message>
    <message>
        <source>Registra una nuova proposta (Ctrl+N)</source>
        <translation>Registra una nuova proposta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tutti gli stati</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Stato dell&apos;iniziativa</source>
        <translation>Stato dell&apos;iniziativa</translation>
    </message>
    <message>
        <source>In rosso i rendiconti in ritardo. Invio apre l&apos;iniziativa.</source>
        <translation>In rosso i rendiconti in ritardo. Invio apre l&apos;iniziativa.</translation>
    </message>
    <message>
        <source>Nessuna iniziativa: «Nuova iniziativa» (Ctrl+N) per la prima.</source>
        <translation>Nessuna iniziativa: «Nuova iniziativa» (Ctrl+N) per la prima.</translation>
    </message>
    <message>
        <source>Nessuna iniziativa trovata.</source>
        <translation>Nessuna iniziativa trovata.</translation>
    </message>
    <message>
        <source>{n} iniziative</source>
        <translation>{n} iniziative</translation>
    </message>
    <message>
        <source>1 iniziativa</source>
        <translation>1 iniziativa</translation>
    </message>
    <message>
        <source>{n} con il rendiconto in ritardo</source>
        <translation>{n} con il rendiconto in ritardo</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Primo contatto</source>
        <translation>Primo contatto</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Come è arrivato</source>
        <translation>Come è arrivato</translation>
    </message>
    <message>
        <source>Inviato da</source>
        <translation>Inviato da</translation>
    </message>
    <message>
        <source>servizio, ente o persona</source>
        <translation>servizio, ente o persona</translation>
    </message>
    <message>
        <source>Persona di riferimento</source>
        <translation>Persona di riferimento</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Dati anagrafici…</source>
        <translation>Dati anagrafici…</translation>
    </message>
    <message>
        <source>Modifica i dati della persona di riferimento</source>
        <translation>Modifica i dati della persona di riferimento</translation>
    </message>
    <message>
        <source>Abitazione</source>
        <translation>Abitazione</translation>
    </message>
    <message>
        <source>Titolo di godimento</source>
        <translation>Titolo di godimento</translation>
    </message>
    <message>
        <source>Senza dimora</source>
        <translation>Senza dimora</translation>
    </message>
    <message>
        <source>Sovraffollamento</source>
        <translation>Sovraffollamento</translation>
    </message>
    <message>
        <source>Barriere architettoniche</source>
        <translation>Barriere architettoniche</translation>
    </message>
    <message>
        <source>Morosità</source>
        <translation>Morosità</translation>
    </message>
    <message>
        <source>Sfratto</source>
        <translation>Sfratto</translation>
    </message>
    <message>
        <source>Reddito</source>
        <translation>Reddito</translation>
    </message>
    <message>
        <source>Fonti di reddito</source>
        <translation>Fonti di reddito</translation>
    </message>
    <message>
        <source>ISEE (euro)</source>
        <translation>ISEE (euro)</translation>
    </message>
    <message>
        <source>ISEE del</source>
        <translation>ISEE del</translation>
    </message>
    <message>
        <source>Bisogni</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <source>Espressi dalla persona</source>
        <translation>Espressi dalla persona</translation>
    </message>
    <message>
        <source>Rilevati dall&apos;operatore</source>
        <translation>Rilevati dall&apos;operatore</translation>
    </message>
    <message>
        <source>Servizi già coinvolti</source>
        <translation>Servizi già coinvolti</translation>
    </message>
    <message>
        <source>Esito</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Prossimo appuntamento</source>
        <translation>Prossimo appuntamento</translation>
    </message>
    <message>
        <source>Note sull&apos;esito</source>
        <translation>Note sull&apos;esito</translation>
    </message>
    <message>
        <source>Privacy e consensi</source>
        <translation>Privacy e consensi</translation>
    </message>
    <message>
        <source>Informativa consegnata il</source>
        <translation>Informativa consegnata il</translation>
    </message>
    <message>
        <source>Consensi dati</source>
        <translation>Consensi dati</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Scegliere la persona che si è presentata: i suoi dati anagrafici (sesso, nascita, codice fiscale, recapiti, stato civile, cittadinanza, permesso di soggiorno) si inseriscono nella scheda Componenti.</source>
        <translation>Scegliere la persona che si è presentata: i suoi dati anagrafici (sesso, nascita, codice fiscale, recapiti, stato civile, cittadinanza, permesso di soggiorno) si inseriscono nella scheda Componenti.</translation>
    </message>
    <message>
        <source>nato/a il {date}</source>
        <translation>nato/a il {date}</translation>
    </message>
    <message>
        <source>a {place}</source>
        <translation>a {place}</translation>
    </message>
    <message>
        <source>CF {code}</source>
        <translation>CF {code}</translation>
    </message>
    <message>
        <source>senza codice fiscale</source>
        <translation>senza codice fiscale</translation>
    </message>
    <message>
        <source>cittadinanza {c}</source>
        <translation>cittadinanza {c}</translation>
    </message>
    <message>
        <source>permesso di soggiorno: {p}</source>
        <translation>permesso di soggiorno: {p}</translation>
    </message>
    <message>
        <source>Nessun dato anagrafico oltre al nome: completarli con «Dati anagrafici…».</source>
        <translation>Nessun dato anagrafico oltre al nome: completarli con «Dati anagrafici…».</translation>
    </message>
</context>
<context>
    <name>InvitationPage</name>
    <message>
        <source>Unisciti a una rete</source>
        <translation>Unisciti a una rete</translation>
    </message>
    <message>
        <source>Scegliete il file di invito ricevuto dal coordinamento. Poi telefonate al coordinamento e confrontate l&apos;impronta della chiave: deve essere identica.</source>
        <translation>Scegliete il file di invito ricevuto dal coordinamento. Poi telefonate al coordinamento e confrontate l&apos;impronta della chiave: deve essere identica.</translation>
    </message>
    <message>
        <source>Nessun file scelto</source>
        <translation>Nessun file scelto</translation>
    </message>
    <message>
        <source>Scegli il file di invito…</source>
        <translation>Scegli il file di invito…</translation>
    </message>
    <message>
        <source>Scegli il file di invito</source>
        <translation>Scegli il file di invito</translation>
    </message>
    <message>
        <source>Invito genera (*.invito *.invite *.json);;Tutti i file (*)</source>
        <translation>Invito genera (*.invito *.invite *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>punto di comunità</source>
        <translation>punto di comunità</translation>
    </message>
    <message>
        <source>portatile del custode sociale</source>
        <translation>portatile del custode sociale</translation>
    </message>
    <message>
        <source>Rete: {name}</source>
        <translation>Rete: {name}</translation>
    </message>
    <message>
        <source>Questa postazione: {name}</source>
        <translation>Questa postazione: {name}</translation>
    </message>
    <message>
        <source>Tipo: {role}</source>
        <translation>Tipo: {role}</translation>
    </message>
    <message>
        <source>Punto di comunità: {code}</source>
        <translation>Punto di comunità: {code}</translation>
    </message>
    <message>
        <source>Coordinamento: {name}</source>
        <translation>Coordinamento: {name}</translation>
    </message>
    <message>
        <source>Impronta della chiave del coordinamento: {fp}</source>
        <translation>Impronta della chiave del coordinamento: {fp}</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invita una postazione</source>
        <translation>Invita una postazione</translation>
    </message>
    <message>
        <source>es. Punto Montichiari</source>
        <translation>es. Punto Montichiari</translation>
    </message>
    <message>
        <source>Punto di comunità</source>
        <translation>Punto di comunità</translation>
    </message>
    <message>
        <source>Portatile del custode sociale</source>
        <translation>Portatile del custode sociale</translation>
    </message>
    <message>
        <source>Nome della postazione</source>
        <translation>Nome della postazione</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Salva l&apos;invito…</source>
        <translation>Salva l&apos;invito…</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Salva l&apos;invito</source>
        <translation>Salva l&apos;invito</translation>
    </message>
    <message>
        <source>Invito genera (*{ext})</source>
        <translation>Invito genera (*{ext})</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Modifica {kind}</source>
        <translation>Modifica {kind}</translation>
    </message>
    <message>
        <source>Punto di Comunità</source>
        <translation>Punto di Comunità</translation>
    </message>
    <message>
        <source>Punti di Comunità</source>
        <translation>Punti di Comunità</translation>
    </message>
    <message>
        <source>Nuovo punto di comunità</source>
        <translation>Nuovo punto di comunità</translation>
    </message>
    <message>
        <source>Contesto abitativo</source>
        <translation>Contesto abitativo</translation>
    </message>
    <message>
        <source>Contesti abitativi</source>
        <translation>Contesti abitativi</translation>
    </message>
    <message>
        <source>Nuovo contesto abitativo</source>
        <translation>Nuovo contesto abitativo</translation>
    </message>
    <message>
        <source>Visita</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Visite</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Nuova visita</source>
        <translation>Nuova visita</translation>
    </message>
    <message>
        <source>Nucleo familiare</source>
        <translation>Nucleo familiare</translation>
    </message>
    <message>
        <source>Nuclei familiari</source>
        <translation>Nuclei familiari</translation>
    </message>
    <message>
        <source>Nuovo nucleo familiare</source>
        <translation>Nuovo nucleo familiare</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Persone</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Nuova persona</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>Accoglienza</source>
        <translation>Accoglienza</translation>
    </message>
    <message>
        <source>Accoglienze</source>
        <translation>Accoglienze</translation>
    </message>
    <message>
        <source>Nuova accoglienza</source>
        <translation>Nuova accoglienza</translation>
    </message>
    <message>
        <source>Salute</source>
        <translation>Salute</translation>
    </message>
    <message>
        <source>Nuovi dati di salute</source>
        <translation>Nuovi dati di salute</translation>
    </message>
    <message>
        <source>Colloquio</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <source>Colloqui</source>
        <translation>Colloqui</translation>
    </message>
    <message>
        <source>Nuovo colloquio</source>
        <translation>Nuovo colloquio</translation>
    </message>
    <message>
        <source>Invio</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Invii</source>
        <translation>Invii</translation>
    </message>
    <message>
        <source>Nuovo invio</source>
        <translation>Nuovo invio</translation>
    </message>
    <message>
        <source>Promemoria</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Nuovo promemoria</source>
        <translation>Nuovo promemoria</translation>
    </message>
    <message>
        <source>Punto diffuso</source>
        <translation>Punto diffuso</translation>
    </message>
    <message>
        <source>Punti diffusi</source>
        <translation>Punti diffusi</translation>
    </message>
    <message>
        <source>Nuovo punto diffuso</source>
        <translation>Nuovo punto diffuso</translation>
    </message>
    <message>
        <source>Organizzazione</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Organizzazioni</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Nuova organizzazione</source>
        <translation>Nuova organizzazione</translation>
    </message>
    <message>
        <source>Accordo</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Accordi</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Nuovo accordo</source>
        <translation>Nuovo accordo</translation>
    </message>
    <message>
        <source>Laboratorio</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Laboratori</source>
        <translation>Laboratori</translation>
    </message>
    <message>
        <source>Nuovo laboratorio</source>
        <translation>Nuovo laboratorio</translation>
    </message>
    <message>
        <source>Incontro</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Incontri</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Nuovo incontro</source>
        <translation>Nuovo incontro</translation>
    </message>
    <message>
        <source>Iscrizione</source>
        <translation>Iscrizione</translation>
    </message>
    <message>
        <source>Iscrizioni</source>
        <translation>Iscrizioni</translation>
    </message>
    <message>
        <source>Nuova iscrizione</source>
        <translation>Nuova iscrizione</translation>
    </message>
    <message>
        <source>Presenza</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Presenze</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Nuova presenza</source>
        <translation>Nuova presenza</translation>
    </message>
    <message>
        <source>Iniziativa dei cittadini</source>
        <translation>Iniziativa dei cittadini</translation>
    </message>
    <message>
        <source>Iniziative dei cittadini</source>
        <translation>Iniziative dei cittadini</translation>
    </message>
    <message>
        <source>Nuova iniziativa</source>
        <translation>Nuova iniziativa</translation>
    </message>
    <message>
        <source>Zona del canone concordato</source>
        <translation>Zona del canone concordato</translation>
    </message>
    <message>
        <source>Zone del canone concordato</source>
        <translation>Zone del canone concordato</translation>
    </message>
    <message>
        <source>Nuova zona</source>
        <translation>Nuova zona</translation>
    </message>
    <message>
        <source>Proprietario</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Proprietari</source>
        <translation>Proprietari</translation>
    </message>
    <message>
        <source>Nuovo proprietario</source>
        <translation>Nuovo proprietario</translation>
    </message>
    <message>
        <source>Alloggio</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <source>Alloggi</source>
        <translation>Alloggi</translation>
    </message>
    <message>
        <source>Nuovo alloggio</source>
        <translation>Nuovo alloggio</translation>
    </message>
    <message>
        <source>Contratto di locazione</source>
        <translation>Contratto di locazione</translation>
    </message>
    <message>
        <source>Contratti di locazione</source>
        <translation>Contratti di locazione</translation>
    </message>
    <message>
        <source>Nuovo contratto</source>
        <translation>Nuovo contratto</translation>
    </message>
    <message>
        <source>Fondo di garanzia</source>
        <translation>Fondo di garanzia</translation>
    </message>
    <message>
        <source>Fondi di garanzia</source>
        <translation>Fondi di garanzia</translation>
    </message>
    <message>
        <source>Nuovo fondo di garanzia</source>
        <translation>Nuovo fondo di garanzia</translation>
    </message>
    <message>
        <source>Domanda al fondo di garanzia</source>
        <translation>Domanda al fondo di garanzia</translation>
    </message>
    <message>
        <source>Domande al fondo di garanzia</source>
        <translation>Domande al fondo di garanzia</translation>
    </message>
    <message>
        <source>Nuova domanda</source>
        <translation>Nuova domanda</translation>
    </message>
    <message>
        <source>Erogazione</source>
        <translation>Erogazione</translation>
    </message>
    <message>
        <source>Erogazioni</source>
        <translation>Erogazioni</translation>
    </message>
    <message>
        <source>Nuova erogazione</source>
        <translation>Nuova erogazione</translation>
    </message>
    <message>
        <source>Morosità</source>
        <translation>Morosità</translation>
    </message>
    <message>
        <source>Nuova morosità</source>
        <translation>Nuova morosità</translation>
    </message>
    <message>
        <source>Rata</source>
        <translation>Rata</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Nuova rata</source>
        <translation>Nuova rata</translation>
    </message>
    <message>
        <source>Coabitazione solidale</source>
        <translation>Coabitazione solidale</translation>
    </message>
    <message>
        <source>Coabitazioni solidali</source>
        <translation>Coabitazioni solidali</translation>
    </message>
    <message>
        <source>Nuova coabitazione</source>
        <translation>Nuova coabitazione</translation>
    </message>
    <message>
        <source>Disponibilità alla coabitazione</source>
        <translation>Disponibilità alla coabitazione</translation>
    </message>
    <message>
        <source>Nuova disponibilità</source>
        <translation>Nuova disponibilità</translation>
    </message>
    <message>
        <source>Visita di monitoraggio</source>
        <translation>Visita di monitoraggio</translation>
    </message>
    <message>
        <source>Visite di monitoraggio</source>
        <translation>Visite di monitoraggio</translation>
    </message>
    <message>
        <source>Offerta di lavoro</source>
        <translation>Offerta di lavoro</translation>
    </message>
    <message>
        <source>Offerte di lavoro</source>
        <translation>Offerte di lavoro</translation>
    </message>
    <message>
        <source>Nuova offerta</source>
        <translation>Nuova offerta</translation>
    </message>
    <message>
        <source>Profilo lavoro</source>
        <translation>Profilo lavoro</translation>
    </message>
    <message>
        <source>Profili lavoro</source>
        <translation>Profili lavoro</translation>
    </message>
    <message>
        <source>Nuovo profilo lavoro</source>
        <translation>Nuovo profilo lavoro</translation>
    </message>
    <message>
        <source>Candidatura</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <source>Candidature</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Nuova candidatura</source>
        <translation>Nuova candidatura</translation>
    </message>
    <message>
        <source>Corso</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Corsi</source>
        <translation>Corsi</translation>
    </message>
    <message>
        <source>Nuovo corso</source>
        <translation>Nuovo corso</translation>
    </message>
    <message>
        <source>Iscrizione a un corso</source>
        <translation>Iscrizione a un corso</translation>
    </message>
    <message>
        <source>Iscrizioni ai corsi</source>
        <translation>Iscrizioni ai corsi</translation>
    </message>
    <message>
        <source>Nuova iscrizione a un corso</source>
        <translation>Nuova iscrizione a un corso</translation>
    </message>
    <message>
        <source>Scambio di competenze</source>
        <translation>Scambio di competenze</translation>
    </message>
    <message>
        <source>Scambi di competenze</source>
        <translation>Scambi di competenze</translation>
    </message>
    <message>
        <source>Nuovo scambio di competenze</source>
        <translation>Nuovo scambio di competenze</translation>
    </message>
    <message>
        <source>Tirocinio</source>
        <translation>Tirocinio</translation>
    </message>
    <message>
        <source>Tirocini</source>
        <translation>Tirocini</translation>
    </message>
    <message>
        <source>Nuovo tirocinio</source>
        <translation>Nuovo tirocinio</translation>
    </message>
    <message>
        <source>Mese di tirocinio</source>
        <translation>Mese di tirocinio</translation>
    </message>
    <message>
        <source>Mesi di tirocinio</source>
        <translation>Mesi di tirocinio</translation>
    </message>
    <message>
        <source>Nuovo mese di tirocinio</source>
        <translation>Nuovo mese di tirocinio</translation>
    </message>
    <message>
        <source>Assunzione</source>
        <translation>Assunzione</translation>
    </message>
    <message>
        <source>Assunzioni</source>
        <translation>Assunzioni</translation>
    </message>
    <message>
        <source>Nuova assunzione</source>
        <translation>Nuova assunzione</translation>
    </message>
    <message>
        <source>Incentivo</source>
        <translation>Incentivo</translation>
    </message>
    <message>
        <source>Incentivi</source>
        <translation>Incentivi</translation>
    </message>
    <message>
        <source>Nuovo incentivo</source>
        <translation>Nuovo incentivo</translation>
    </message>
    <message>
        <source>Regola dei tirocini</source>
        <translation>Regola dei tirocini</translation>
    </message>
    <message>
        <source>Regole dei tirocini</source>
        <translation>Regole dei tirocini</translation>
    </message>
    <message>
        <source>Nuova regola dei tirocini</source>
        <translation>Nuova regola dei tirocini</translation>
    </message>
    <message>
        <source>Consenso</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Consensi</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Nuovo consenso</source>
        <translation>Nuovo consenso</translation>
    </message>
    <message>
        <source>Formazione scuola-lavoro</source>
        <translation>Formazione scuola-lavoro</translation>
    </message>
    <message>
        <source>Esperienze di formazione scuola-lavoro</source>
        <translation>Esperienze di formazione scuola-lavoro</translation>
    </message>
    <message>
        <source>Nuova esperienza scuola-lavoro</source>
        <translation>Nuova esperienza scuola-lavoro</translation>
    </message>
    <message>
        <source>Ore di formazione scuola-lavoro</source>
        <translation>Ore di formazione scuola-lavoro</translation>
    </message>
    <message>
        <source>Registro ore scuola-lavoro</source>
        <translation>Registro ore scuola-lavoro</translation>
    </message>
    <message>
        <source>Nuove ore</source>
        <translation>Nuove ore</translation>
    </message>
    <message>
        <source>Scheda del ragazzo</source>
        <translation>Scheda del ragazzo</translation>
    </message>
    <message>
        <source>Schede dei ragazzi</source>
        <translation>Schede dei ragazzi</translation>
    </message>
    <message>
        <source>Nuova scheda</source>
        <translation>Nuova scheda</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Nuovo</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Attivo</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Preso in carico</source>
        <translation>Preso in carico</translation>
    </message>
    <message>
        <source>Sospeso</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Chiuso</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Femmina</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <source>Maschio</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <source>Sì</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>In attesa</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Celibe / nubile</source>
        <translation>Celibe / nubile</translation>
    </message>
    <message>
        <source>Coniugato/a</source>
        <translation>Coniugato/a</translation>
    </message>
    <message>
        <source>Convivente</source>
        <translation>Convivente</translation>
    </message>
    <message>
        <source>Separato/a</source>
        <translation>Separato/a</translation>
    </message>
    <message>
        <source>Divorziato/a</source>
        <translation>Divorziato/a</translation>
    </message>
    <message>
        <source>Vedovo/a</source>
        <translation>Vedovo/a</translation>
    </message>
    <message>
        <source>Nessun titolo</source>
        <translation>Nessun titolo</translation>
    </message>
    <message>
        <source>Licenza elementare</source>
        <translation>Licenza elementare</translation>
    </message>
    <message>
        <source>Licenza media</source>
        <translation>Licenza media</translation>
    </message>
    <message>
        <source>Qualifica professionale</source>
        <translation>Qualifica professionale</translation>
    </message>
    <message>
        <source>Diploma superiore</source>
        <translation>Diploma superiore</translation>
    </message>
    <message>
        <source>Laurea</source>
        <translation>Laurea</translation>
    </message>
    <message>
        <source>Occupato/a</source>
        <translation>Occupato/a</translation>
    </message>
    <message>
        <source>Disoccupato/a</source>
        <translation>Disoccupato/a</translation>
    </message>
    <message>
        <source>Studente/ssa</source>
        <translation>Studente/ssa</translation>
    </message>
    <message>
        <source>Casalingo/a</source>
        <translation>Casalingo/a</translation>
    </message>
    <message>
        <source>Pensionato/a</source>
        <translation>Pensionato/a</translation>
    </message>
    <message>
        <source>Inabile al lavoro</source>
        <translation>Inabile al lavoro</translation>
    </message>
    <message>
        <source>Persona di riferimento</source>
        <translation>Persona di riferimento</translation>
    </message>
    <message>
        <source>Coniuge</source>
        <translation>Coniuge</translation>
    </message>
    <message>
        <source>Figlio/a</source>
        <translation>Figlio/a</translation>
    </message>
    <message>
        <source>Genitore</source>
        <translation>Genitore</translation>
    </message>
    <message>
        <source>Fratello / sorella</source>
        <translation>Fratello / sorella</translation>
    </message>
    <message>
        <source>Nipote</source>
        <translation>Nipote</translation>
    </message>
    <message>
        <source>Nonno/a</source>
        <translation>Nonno/a</translation>
    </message>
    <message>
        <source>Altro parente</source>
        <translation>Altro parente</translation>
    </message>
    <message>
        <source>Altro (non parente)</source>
        <translation>Altro (non parente)</translation>
    </message>
    <message>
        <source>Contatto</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Accesso diretto</source>
        <translation>Accesso diretto</translation>
    </message>
    <message>
        <source>Su invio di altri</source>
        <translation>Su invio di altri</translation>
    </message>
    <message>
        <source>Proprietà</source>
        <translation>Proprietà</translation>
    </message>
    <message>
        <source>Affitto</source>
        <translation>Affitto</translation>
    </message>
    <message>
        <source>Casa popolare (ERP)</source>
        <translation>Casa popolare (ERP)</translation>
    </message>
    <message>
        <source>Ospite</source>
        <translation>Ospite</translation>
    </message>
    <message>
        <source>Occupazione senza titolo</source>
        <translation>Occupazione senza titolo</translation>
    </message>
    <message>
        <source>Senza dimora</source>
        <translation>Senza dimora</translation>
    </message>
    <message>
        <source>Altro</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Lavoro</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Pensione</source>
        <translation>Pensione</translation>
    </message>
    <message>
        <source>Sussidi e contributi</source>
        <translation>Sussidi e contributi</translation>
    </message>
    <message>
        <source>Assegno di mantenimento</source>
        <translation>Assegno di mantenimento</translation>
    </message>
    <message>
        <source>Lavoro informale / aiuti</source>
        <translation>Lavoro informale / aiuti</translation>
    </message>
    <message>
        <source>Nessun reddito</source>
        <translation>Nessun reddito</translation>
    </message>
    <message>
        <source>Economico</source>
        <translation>Economico</translation>
    </message>
    <message>
        <source>Abitativo</source>
        <translation>Abitativo</translation>
    </message>
    <message>
        <source>Familiare</source>
        <translation>Familiare</translation>
    </message>
    <message>
        <source>Migrazione</source>
        <translation>Migrazione</translation>
    </message>
    <message>
        <source>Istruzione</source>
        <translation>Istruzione</translation>
    </message>
    <message>
        <source>Salute</source>
        <translation>Salute</translation>
    </message>
    <message>
        <source>Invio ad altro servizio</source>
        <translation>Invio ad altro servizio</translation>
    </message>
    <message>
        <source>Presa in carico</source>
        <translation>Presa in carico</translation>
    </message>
    <message>
        <source>Informazioni e orientamento</source>
        <translation>Informazioni e orientamento</translation>
    </message>
    <message>
        <source>Trattamento dei dati personali</source>
        <translation>Trattamento dei dati personali</translation>
    </message>
    <message>
        <source>Trattamento dei dati di salute e particolari</source>
        <translation>Trattamento dei dati di salute e particolari</translation>
    </message>
    <message>
        <source>Condivisione con la rete dei servizi</source>
        <translation>Condivisione con la rete dei servizi</translation>
    </message>
    <message>
        <source>Essere ricontattato/a</source>
        <translation>Essere ricontattato/a</translation>
    </message>
    <message>
        <source>Colloquio</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <source>Telefonata</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <source>Visita domiciliare</source>
        <translation>Visita domiciliare</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Invio</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Segnalazione</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <source>Inviato</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Accolto</source>
        <translation>Accolto</translation>
    </message>
    <message>
        <source>In corso</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Concluso</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <source>Rifiutato</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>ALER</source>
        <translation>ALER</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Privato</source>
        <translation>Privato</translation>
    </message>
    <message>
        <source>Edificio</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <source>Complesso / isolato</source>
        <translation>Complesso / isolato</translation>
    </message>
    <message>
        <source>Condominio sociale</source>
        <translation>Condominio sociale</translation>
    </message>
    <message>
        <source>Servizi sociali</source>
        <translation>Servizi sociali</translation>
    </message>
    <message>
        <source>Portiere</source>
        <translation>Portiere</translation>
    </message>
    <message>
        <source>Vicino di casa</source>
        <translation>Vicino di casa</translation>
    </message>
    <message>
        <source>La persona stessa</source>
        <translation>La persona stessa</translation>
    </message>
    <message>
        <source>Custode sociale</source>
        <translation>Custode sociale</translation>
    </message>
    <message>
        <source>Spazi comuni</source>
        <translation>Spazi comuni</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Accompagnamento</source>
        <translation>Accompagnamento</translation>
    </message>
    <message>
        <source>Attività di gruppo</source>
        <translation>Attività di gruppo</translation>
    </message>
    <message>
        <source>Solitudine</source>
        <translation>Solitudine</translation>
    </message>
    <message>
        <source>Supporto emotivo</source>
        <translation>Supporto emotivo</translation>
    </message>
    <message>
        <source>Guasto / manutenzione</source>
        <translation>Guasto / manutenzione</translation>
    </message>
    <message>
        <source>Conflitto di vicinato</source>
        <translation>Conflitto di vicinato</translation>
    </message>
    <message>
        <source>Vandalismo</source>
        <translation>Vandalismo</translation>
    </message>
    <message>
        <source>Morosità</source>
        <translation>Morosità</translation>
    </message>
    <message>
        <source>Rischio igienico-sanitario</source>
        <translation>Rischio igienico-sanitario</translation>
    </message>
    <message>
        <source>Barriere architettoniche</source>
        <translation>Barriere architettoniche</translation>
    </message>
    <message>
        <source>Aiuto digitale (es. SPID)</source>
        <translation>Aiuto digitale (es. SPID)</translation>
    </message>
    <message>
        <source>Medico di base</source>
        <translation>Medico di base</translation>
    </message>
    <message>
        <source>Punto di Comunità</source>
        <translation>Punto di Comunità</translation>
    </message>
    <message>
        <source>Piazza</source>
        <translation>Piazza</translation>
    </message>
    <message>
        <source>Parco</source>
        <translation>Parco</translation>
    </message>
    <message>
        <source>Biblioteca</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Aula studio</source>
        <translation>Aula studio</translation>
    </message>
    <message>
        <source>Scuola</source>
        <translation>Scuola</translation>
    </message>
    <message>
        <source>Parrocchia / oratorio</source>
        <translation>Parrocchia / oratorio</translation>
    </message>
    <message>
        <source>Impianto sportivo</source>
        <translation>Impianto sportivo</translation>
    </message>
    <message>
        <source>Servizio pubblico</source>
        <translation>Servizio pubblico</translation>
    </message>
    <message>
        <source>Cooperativa</source>
        <translation>Cooperativa</translation>
    </message>
    <message>
        <source>Associazione</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <source>Impresa</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <source>Agenzia per il lavoro</source>
        <translation>Agenzia per il lavoro</translation>
    </message>
    <message>
        <source>Agenzia immobiliare</source>
        <translation>Agenzia immobiliare</translation>
    </message>
    <message>
        <source>Parrocchia</source>
        <translation>Parrocchia</translation>
    </message>
    <message>
        <source>Fondazione</source>
        <translation>Fondazione</translation>
    </message>
    <message>
        <source>Convenzione</source>
        <translation>Convenzione</translation>
    </message>
    <message>
        <source>Protocollo d&apos;intesa</source>
        <translation>Protocollo d&apos;intesa</translation>
    </message>
    <message>
        <source>Patto di collaborazione</source>
        <translation>Patto di collaborazione</translation>
    </message>
    <message>
        <source>Sostegno alle famiglie</source>
        <translation>Sostegno alle famiglie</translation>
    </message>
    <message>
        <source>Genitorialità</source>
        <translation>Genitorialità</translation>
    </message>
    <message>
        <source>Alimentazione</source>
        <translation>Alimentazione</translation>
    </message>
    <message>
        <source>Competenze digitali</source>
        <translation>Competenze digitali</translation>
    </message>
    <message>
        <source>Lingua italiana</source>
        <translation>Lingua italiana</translation>
    </message>
    <message>
        <source>Abitare</source>
        <translation>Abitare</translation>
    </message>
    <message>
        <source>Giovani</source>
        <translation>Giovani</translation>
    </message>
    <message>
        <source>Cultura</source>
        <translation>Cultura</translation>
    </message>
    <message>
        <source>Adulti</source>
        <translation>Adulti</translation>
    </message>
    <message>
        <source>Famiglie</source>
        <translation>Famiglie</translation>
    </message>
    <message>
        <source>Ragazzi</source>
        <translation>Ragazzi</translation>
    </message>
    <message>
        <source>Bambini</source>
        <translation>Bambini</translation>
    </message>
    <message>
        <source>Tutti</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>In programma</source>
        <translation>In programma</translation>
    </message>
    <message>
        <source>Annullato</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Iscritto/a</source>
        <translation>Iscritto/a</translation>
    </message>
    <message>
        <source>Ritirato/a</source>
        <translation>Ritirato/a</translation>
    </message>
    <message>
        <source>Percorso completato</source>
        <translation>Percorso completato</translation>
    </message>
    <message>
        <source>Assente giustificato/a</source>
        <translation>Assente giustificato/a</translation>
    </message>
    <message>
        <source>Proposta</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>In valutazione</source>
        <translation>In valutazione</translation>
    </message>
    <message>
        <source>Accolta</source>
        <translation>Accolta</translation>
    </message>
    <message>
        <source>Respinta</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Conclusa</source>
        <translation>Conclusa</translation>
    </message>
    <message>
        <source>Ritirata</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>Salute e disabilità</source>
        <translation>Salute e disabilità</translation>
    </message>
    <message>
        <source>Piano adolescenti</source>
        <translation>Piano adolescenti</translation>
    </message>
    <message>
        <source>Piano lavoro</source>
        <translation>Piano lavoro</translation>
    </message>
    <message>
        <source>Piano casa</source>
        <translation>Piano casa</translation>
    </message>
    <message>
        <source>Identificativo</source>
        <translation>Identificativo</translation>
    </message>
    <message>
        <source>Nucleo familiare</source>
        <translation>Nucleo familiare</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>16 caratteri (omocodie comprese) o 11 cifre se provvisorio</source>
        <translation>16 caratteri (omocodie comprese) o 11 cifre se provvisorio</translation>
    </message>
    <message>
        <source>Senza codice fiscale</source>
        <translation>Senza codice fiscale</translation>
    </message>
    <message>
        <source>La persona non ha un codice fiscale: non è una dimenticanza</source>
        <translation>La persona non ha un codice fiscale: non è una dimenticanza</translation>
    </message>
    <message>
        <source>Data di nascita</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Luogo di nascita</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <source>Sesso</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Cittadinanza</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <source>Permesso di soggiorno</source>
        <translation>Permesso di soggiorno</translation>
    </message>
    <message>
        <source>Stato civile</source>
        <translation>Stato civile</translation>
    </message>
    <message>
        <source>Titolo di studio</source>
        <translation>Titolo di studio</translation>
    </message>
    <message>
        <source>Condizione lavorativa</source>
        <translation>Condizione lavorativa</translation>
    </message>
    <message>
        <source>Relazione con la persona di riferimento</source>
        <translation>Relazione con la persona di riferimento</translation>
    </message>
    <message>
        <source>Invio: verso un altro servizio; segnalazione: da un altro servizio</source>
        <translation>Invio: verso un altro servizio; segnalazione: da un altro servizio</translation>
    </message>
    <message>
        <source>Ente o servizio</source>
        <translation>Ente o servizio</translation>
    </message>
    <message>
        <source>A chi o da chi</source>
        <translation>A chi o da chi</translation>
    </message>
    <message>
        <source>Il punto che lo anima</source>
        <translation>Il punto che lo anima</translation>
    </message>
    <message>
        <source>Tipo di luogo</source>
        <translation>Tipo di luogo</translation>
    </message>
    <message>
        <source>Tipo di ente</source>
        <translation>Tipo di ente</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>11 cifre, con la cifra di controllo</source>
        <translation>11 cifre, con la cifra di controllo</translation>
    </message>
    <message>
        <source>Codice fiscale dell&apos;ente</source>
        <translation>Codice fiscale dell&apos;ente</translation>
    </message>
    <message>
        <source>Partner del programma</source>
        <translation>Partner del programma</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Codice ATECO</source>
        <translation>Codice ATECO</translation>
    </message>
    <message>
        <source>Attività economica, dalla classificazione ATECO 2025</source>
        <translation>Attività economica, dalla classificazione ATECO 2025</translation>
    </message>
    <message>
        <source>Addetti</source>
        <translation>Addetti</translation>
    </message>
    <message>
        <source>Quante persone ci lavorano</source>
        <translation>Quante persone ci lavorano</translation>
    </message>
    <message>
        <source>Referente</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Organizzazione</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Tipo di accordo</source>
        <translation>Tipo di accordo</translation>
    </message>
    <message>
        <source>Oggetto</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Firmato il</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>Dal</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Al</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Vuoto se riguarda tutta la rete</source>
        <translation>Vuoto se riguarda tutta la rete</translation>
    </message>
    <message>
        <source>Titolo</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Destinatari</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Forma</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Un laboratorio, o un gruppo di ragazzi (Adolescenti); vuoto è un laboratorio</source>
        <translation>Un laboratorio, o un gruppo di ragazzi (Adolescenti); vuoto è un laboratorio</translation>
    </message>
    <message>
        <source>Luogo</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Il punto diffuso dove si tiene</source>
        <translation>Il punto diffuso dove si tiene</translation>
    </message>
    <message>
        <source>Ente che lo conduce</source>
        <translation>Ente che lo conduce</translation>
    </message>
    <message>
        <source>Un partner della rete</source>
        <translation>Un partner della rete</translation>
    </message>
    <message>
        <source>Ente</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Chi conduce</source>
        <translation>Chi conduce</translation>
    </message>
    <message>
        <source>Il nome utente dell&apos;operatore</source>
        <translation>Il nome utente dell&apos;operatore</translation>
    </message>
    <message>
        <source>Inizio</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Descrizione</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Laboratorio</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Dalle</source>
        <translation>Dalle</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Vuoto se è quello del laboratorio</source>
        <translation>Vuoto se è quello del laboratorio</translation>
    </message>
    <message>
        <source>Argomento</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Ospiti senza nome</source>
        <translation>Ospiti senza nome</translation>
    </message>
    <message>
        <source>Persone venute senza registrarsi</source>
        <translation>Persone venute senza registrarsi</translation>
    </message>
    <message>
        <source>Ospiti</source>
        <translation>Ospiti</translation>
    </message>
    <message>
        <source>Quello del laboratorio, messo dall&apos;app</source>
        <translation>Quello del laboratorio, messo dall&apos;app</translation>
    </message>
    <message>
        <source>Iscritto/a il</source>
        <translation>Iscritto/a il</translation>
    </message>
    <message>
        <source>Incontro</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Proposta il</source>
        <translation>Proposta il</translation>
    </message>
    <message>
        <source>Proposta da (persona)</source>
        <translation>Proposta da (persona)</translation>
    </message>
    <message>
        <source>Proponente</source>
        <translation>Proponente</translation>
    </message>
    <message>
        <source>Proposta da (ente)</source>
        <translation>Proposta da (ente)</translation>
    </message>
    <message>
        <source>Ente proponente</source>
        <translation>Ente proponente</translation>
    </message>
    <message>
        <source>Cambia solo con i passaggi previsti</source>
        <translation>Cambia solo con i passaggi previsti</translation>
    </message>
    <message>
        <source>Sostegno richiesto (€)</source>
        <translation>Sostegno richiesto (€)</translation>
    </message>
    <message>
        <source>Richiesto</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <source>Sostegno concesso (€)</source>
        <translation>Sostegno concesso (€)</translation>
    </message>
    <message>
        <source>Solo per un&apos;iniziativa accolta</source>
        <translation>Solo per un&apos;iniziativa accolta</translation>
    </message>
    <message>
        <source>Concesso</source>
        <translation>Concesso</translation>
    </message>
    <message>
        <source>Decisa il</source>
        <translation>Decisa il</translation>
    </message>
    <message>
        <source>Necessaria per accogliere o respingere</source>
        <translation>Necessaria per accogliere o respingere</translation>
    </message>
    <message>
        <source>Patto di collaborazione firmato il</source>
        <translation>Patto di collaborazione firmato il</translation>
    </message>
    <message>
        <source>Rendiconto atteso entro</source>
        <translation>Rendiconto atteso entro</translation>
    </message>
    <message>
        <source>Rendiconto entro</source>
        <translation>Rendiconto entro</translation>
    </message>
    <message>
        <source>Rendiconto ricevuto il</source>
        <translation>Rendiconto ricevuto il</translation>
    </message>
    <message>
        <source>Partecipanti</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Quante persone hanno preso parte</source>
        <translation>Quante persone hanno preso parte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Unita a</source>
        <translation>Unita a</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Scala / interno</source>
        <translation>Scala / interno</translation>
    </message>
    <message>
        <source>Contesto abitativo</source>
        <translation>Contesto abitativo</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>N. pratica</source>
        <translation>N. pratica</translation>
    </message>
    <message>
        <source>Assegnato al primo salvataggio: codice del punto, anno, numero</source>
        <translation>Assegnato al primo salvataggio: codice del punto, anno, numero</translation>
    </message>
    <message>
        <source>Pratica</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>Registrato il</source>
        <translation>Registrato il</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Come è arrivata</source>
        <translation>Come è arrivata</translation>
    </message>
    <message>
        <source>Inviata da</source>
        <translation>Inviata da</translation>
    </message>
    <message>
        <source>Titolo di godimento dell&apos;abitazione</source>
        <translation>Titolo di godimento dell&apos;abitazione</translation>
    </message>
    <message>
        <source>Sovraffollamento</source>
        <translation>Sovraffollamento</translation>
    </message>
    <message>
        <source>Sfratto</source>
        <translation>Sfratto</translation>
    </message>
    <message>
        <source>Fonti di reddito</source>
        <translation>Fonti di reddito</translation>
    </message>
    <message>
        <source>Valore ISEE</source>
        <translation>Valore ISEE</translation>
    </message>
    <message>
        <source>In euro, come sull&apos;attestazione</source>
        <translation>In euro, come sull&apos;attestazione</translation>
    </message>
    <message>
        <source>Data ISEE</source>
        <translation>Data ISEE</translation>
    </message>
    <message>
        <source>Bisogni espressi</source>
        <translation>Bisogni espressi</translation>
    </message>
    <message>
        <source>Bisogni rilevati</source>
        <translation>Bisogni rilevati</translation>
    </message>
    <message>
        <source>Servizi già coinvolti</source>
        <translation>Servizi già coinvolti</translation>
    </message>
    <message>
        <source>Esito</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Note sull&apos;esito</source>
        <translation>Note sull&apos;esito</translation>
    </message>
    <message>
        <source>Prossimo appuntamento</source>
        <translation>Prossimo appuntamento</translation>
    </message>
    <message>
        <source>Informativa privacy consegnata il</source>
        <translation>Informativa privacy consegnata il</translation>
    </message>
    <message>
        <source>Consensi</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Disabilità</source>
        <translation>Disabilità</translation>
    </message>
    <message>
        <source>Percentuale di invalidità</source>
        <translation>Percentuale di invalidità</translation>
    </message>
    <message>
        <source>Invalidità riconosciuta</source>
        <translation>Invalidità riconosciuta</translation>
    </message>
    <message>
        <source>Non autosufficienza</source>
        <translation>Non autosufficienza</translation>
    </message>
    <message>
        <source>Condizioni</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <source>Tipo di contatto</source>
        <translation>Tipo di contatto</translation>
    </message>
    <message>
        <source>Riferimento di importazione</source>
        <translation>Riferimento di importazione</translation>
    </message>
    <message>
        <source>Il household_ref della riga del file che lo ha importato</source>
        <translation>Il household_ref della riga del file che lo ha importato</translation>
    </message>
    <message>
        <source>Relazione</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Quello della persona, messo dall&apos;app</source>
        <translation>Quello della persona, messo dall&apos;app</translation>
    </message>
    <message>
        <source>Da 0 a 100, come sul verbale</source>
        <translation>Da 0 a 100, come sul verbale</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Vuoto se riguarda tutto il nucleo</source>
        <translation>Vuoto se riguarda tutto il nucleo</translation>
    </message>
    <message>
        <source>Direzione</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Organizzazione della rete</source>
        <translation>Organizzazione della rete</translation>
    </message>
    <message>
        <source>L&apos;ente nell&apos;elenco della rete, se c&apos;è</source>
        <translation>L&apos;ente nell&apos;elenco della rete, se c&apos;è</translation>
    </message>
    <message>
        <source>Scadenza</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Cosa fare</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Fatto</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Fatto il</source>
        <translation>Fatto il</translation>
    </message>
    <message>
        <source>Ora</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Codice</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Lettere maiuscole e cifre, es. MON: apre il numero di pratica dei nuclei</source>
        <translation>Lettere maiuscole e cifre, es. MON: apre il numero di pratica dei nuclei</translation>
    </message>
    <message>
        <source>Denominazione</source>
        <translation>Denominazione</translation>
    </message>
    <message>
        <source>Ente gestore</source>
        <translation>Ente gestore</translation>
    </message>
    <message>
        <source>Tipo di contesto</source>
        <translation>Tipo di contesto</translation>
    </message>
    <message>
        <source>Postazione del custode sociale</source>
        <translation>Postazione del custode sociale</translation>
    </message>
    <message>
        <source>Il portatile che segue il contesto: riceve i nuclei che ci abitano</source>
        <translation>Il portatile che segue il contesto: riceve i nuclei che ci abitano</translation>
    </message>
    <message>
        <source>Persona incontrata</source>
        <translation>Persona incontrata</translation>
    </message>
    <message>
        <source>Segnalato da</source>
        <translation>Segnalato da</translation>
    </message>
    <message>
        <source>Problemi osservati</source>
        <translation>Problemi osservati</translation>
    </message>
    <message>
        <source>Azioni</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Invii</source>
        <translation>Invii</translation>
    </message>
    <message>
        <source>Prossima visita</source>
        <translation>Prossima visita</translation>
    </message>
    <message>
        <source>Presente</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Assente</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Giustificato</source>
        <translation>Giustificato</translation>
    </message>
    <message>
        <source>Società</source>
        <translation>Società</translation>
    </message>
    <message>
        <source>Ente pubblico</source>
        <translation>Ente pubblico</translation>
    </message>
    <message>
        <source>Disponibile</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Affittato</source>
        <translation>Affittato</translation>
    </message>
    <message>
        <source>Ritirato</source>
        <translation>Ritirato</translation>
    </message>
    <message>
        <source>Canone concordato (3+2)</source>
        <translation>Canone concordato (3+2)</translation>
    </message>
    <message>
        <source>Canone libero (4+4)</source>
        <translation>Canone libero (4+4)</translation>
    </message>
    <message>
        <source>Transitorio</source>
        <translation>Transitorio</translation>
    </message>
    <message>
        <source>Per studenti</source>
        <translation>Per studenti</translation>
    </message>
    <message>
        <source>Nella fascia</source>
        <translation>Nella fascia</translation>
    </message>
    <message>
        <source>Sotto la fascia</source>
        <translation>Sotto la fascia</translation>
    </message>
    <message>
        <source>Sopra la fascia</source>
        <translation>Sopra la fascia</translation>
    </message>
    <message>
        <source>Non verificabile</source>
        <translation>Non verificabile</translation>
    </message>
    <message>
        <source>Perdita del lavoro</source>
        <translation>Perdita del lavoro</translation>
    </message>
    <message>
        <source>Riduzione dell&apos;orario</source>
        <translation>Riduzione dell&apos;orario</translation>
    </message>
    <message>
        <source>Malattia</source>
        <translation>Malattia</translation>
    </message>
    <message>
        <source>Decesso di un componente</source>
        <translation>Decesso di un componente</translation>
    </message>
    <message>
        <source>Separazione</source>
        <translation>Separazione</translation>
    </message>
    <message>
        <source>Presentata</source>
        <translation>Presentata</translation>
    </message>
    <message>
        <source>Istruita</source>
        <translation>Istruita</translation>
    </message>
    <message>
        <source>Approvata</source>
        <translation>Approvata</translation>
    </message>
    <message>
        <source>Erogata</source>
        <translation>Erogata</translation>
    </message>
    <message>
        <source>Chiusa</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Aperta</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Piano di rientro concordato</source>
        <translation>Piano di rientro concordato</translation>
    </message>
    <message>
        <source>Risolta</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <source>Nessuno</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Intimazione</source>
        <translation>Intimazione</translation>
    </message>
    <message>
        <source>Convalida</source>
        <translation>Convalida</translation>
    </message>
    <message>
        <source>Esecuzione</source>
        <translation>Esecuzione</translation>
    </message>
    <message>
        <source>Selezione</source>
        <translation>Selezione</translation>
    </message>
    <message>
        <source>Conoscenza</source>
        <translation>Conoscenza</translation>
    </message>
    <message>
        <source>Negoziazione</source>
        <translation>Negoziazione</translation>
    </message>
    <message>
        <source>Gestione</source>
        <translation>Gestione</translation>
    </message>
    <message>
        <source>Monitoraggio</source>
        <translation>Monitoraggio</translation>
    </message>
    <message>
        <source>Ospita</source>
        <translation>Ospita</translation>
    </message>
    <message>
        <source>Cerca alloggio</source>
        <translation>Cerca alloggio</translation>
    </message>
    <message>
        <source>Compagnia</source>
        <translation>Compagnia</translation>
    </message>
    <message>
        <source>Spesa</source>
        <translation>Spesa</translation>
    </message>
    <message>
        <source>Pulizie</source>
        <translation>Pulizie</translation>
    </message>
    <message>
        <source>Cucina</source>
        <translation>Cucina</translation>
    </message>
    <message>
        <source>Commissioni e accompagnamenti</source>
        <translation>Commissioni e accompagnamenti</translation>
    </message>
    <message>
        <source>Presenza di notte</source>
        <translation>Presenza di notte</translation>
    </message>
    <message>
        <source>Telefono e computer</source>
        <translation>Telefono e computer</translation>
    </message>
    <message>
        <source>Mattina</source>
        <translation>Mattina</translation>
    </message>
    <message>
        <source>Pomeriggio</source>
        <translation>Pomeriggio</translation>
    </message>
    <message>
        <source>Sera</source>
        <translation>Sera</translation>
    </message>
    <message>
        <source>Notte</source>
        <translation>Notte</translation>
    </message>
    <message>
        <source>Fine settimana</source>
        <translation>Fine settimana</translation>
    </message>
    <message>
        <source>In coabitazione</source>
        <translation>In coabitazione</translation>
    </message>
    <message>
        <source>Operatore del punto</source>
        <translation>Operatore del punto</translation>
    </message>
    <message>
        <source>Va bene</source>
        <translation>Va bene</translation>
    </message>
    <message>
        <source>Da seguire</source>
        <translation>Da seguire</translation>
    </message>
    <message>
        <source>Critica</source>
        <translation>Critica</translation>
    </message>
    <message>
        <source>Codice della zona</source>
        <translation>Codice della zona</translation>
    </message>
    <message>
        <source>Come nell&apos;accordo territoriale, es. A1</source>
        <translation>Come nell&apos;accordo territoriale, es. A1</translation>
    </message>
    <message>
        <source>Zona</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Fascia minima (€/m² al mese)</source>
        <translation>Fascia minima (€/m² al mese)</translation>
    </message>
    <message>
        <source>Minimo €/m²</source>
        <translation>Minimo €/m²</translation>
    </message>
    <message>
        <source>Fascia massima (€/m² al mese)</source>
        <translation>Fascia massima (€/m² al mese)</translation>
    </message>
    <message>
        <source>Massimo €/m²</source>
        <translation>Massimo €/m²</translation>
    </message>
    <message>
        <source>Accordo territoriale</source>
        <translation>Accordo territoriale</translation>
    </message>
    <message>
        <source>Quale accordo fissa la fascia, e di quando</source>
        <translation>Quale accordo fissa la fascia, e di quando</translation>
    </message>
    <message>
        <source>Valida dal</source>
        <translation>Valida dal</translation>
    </message>
    <message>
        <source>Nome o ragione sociale</source>
        <translation>Nome o ragione sociale</translation>
    </message>
    <message>
        <source>Tipo di proprietario</source>
        <translation>Tipo di proprietario</translation>
    </message>
    <message>
        <source>Codice fiscale o partita IVA</source>
        <translation>Codice fiscale o partita IVA</translation>
    </message>
    <message>
        <source>L&apos;agenzia della rete che lo segue, se c&apos;è</source>
        <translation>L&apos;agenzia della rete che lo segue, se c&apos;è</translation>
    </message>
    <message>
        <source>Agenzia</source>
        <translation>Agenzia</translation>
    </message>
    <message>
        <source>Proprietario</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Locali</source>
        <translation>Locali</translation>
    </message>
    <message>
        <source>Superficie (m²)</source>
        <translation>Superficie (m²)</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Piano</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Ascensore</source>
        <translation>Ascensore</translation>
    </message>
    <message>
        <source>Accessibile</source>
        <translation>Accessibile</translation>
    </message>
    <message>
        <source>Senza barriere per chi è in carrozzina</source>
        <translation>Senza barriere per chi è in carrozzina</translation>
    </message>
    <message>
        <source>Canone richiesto (€ al mese)</source>
        <translation>Canone richiesto (€ al mese)</translation>
    </message>
    <message>
        <source>Canone</source>
        <translation>Canone</translation>
    </message>
    <message>
        <source>Zona del canone concordato</source>
        <translation>Zona del canone concordato</translation>
    </message>
    <message>
        <source>Il codice della zona nell&apos;accordo territoriale del comune</source>
        <translation>Il codice della zona nell&apos;accordo territoriale del comune</translation>
    </message>
    <message>
        <source>Disponibile dal</source>
        <translation>Disponibile dal</translation>
    </message>
    <message>
        <source>Alloggio</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <source>Decorrenza</source>
        <translation>Decorrenza</translation>
    </message>
    <message>
        <source>Tipo di contratto</source>
        <translation>Tipo di contratto</translation>
    </message>
    <message>
        <source>Canone mensile (€)</source>
        <translation>Canone mensile (€)</translation>
    </message>
    <message>
        <source>Cedolare secca</source>
        <translation>Cedolare secca</translation>
    </message>
    <message>
        <source>Fine del primo periodo</source>
        <translation>Fine del primo periodo</translation>
    </message>
    <message>
        <source>Canone concordato: il giorno prima del terzo anniversario</source>
        <translation>Canone concordato: il giorno prima del terzo anniversario</translation>
    </message>
    <message>
        <source>Fine della proroga</source>
        <translation>Fine della proroga</translation>
    </message>
    <message>
        <source>Due anni dopo la fine del primo periodo</source>
        <translation>Due anni dopo la fine del primo periodo</translation>
    </message>
    <message>
        <source>Canone rispetto alla fascia</source>
        <translation>Canone rispetto alla fascia</translation>
    </message>
    <message>
        <source>Il canone al m² rispetto alla fascia della zona dell&apos;alloggio</source>
        <translation>Il canone al m² rispetto alla fascia della zona dell&apos;alloggio</translation>
    </message>
    <message>
        <source>Fascia</source>
        <translation>Fascia</translation>
    </message>
    <message>
        <source>Dotazione (€)</source>
        <translation>Dotazione (€)</translation>
    </message>
    <message>
        <source>Dotazione</source>
        <translation>Dotazione</translation>
    </message>
    <message>
        <source>ISEE massimo (€)</source>
        <translation>ISEE massimo (€)</translation>
    </message>
    <message>
        <source>Oltre questo valore una domanda non si approva</source>
        <translation>Oltre questo valore una domanda non si approva</translation>
    </message>
    <message>
        <source>ISEE max</source>
        <translation>ISEE max</translation>
    </message>
    <message>
        <source>Valido dal</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <source>Valido fino al</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Impegnato (€)</source>
        <translation>Impegnato (€)</translation>
    </message>
    <message>
        <source>Gli importi approvati delle domande approvate, erogate o chiuse</source>
        <translation>Gli importi approvati delle domande approvate, erogate o chiuse</translation>
    </message>
    <message>
        <source>Impegnato</source>
        <translation>Impegnato</translation>
    </message>
    <message>
        <source>Erogato (€)</source>
        <translation>Erogato (€)</translation>
    </message>
    <message>
        <source>Erogato</source>
        <translation>Erogato</translation>
    </message>
    <message>
        <source>Disponibile (€)</source>
        <translation>Disponibile (€)</translation>
    </message>
    <message>
        <source>La dotazione meno l&apos;impegnato</source>
        <translation>La dotazione meno l&apos;impegnato</translation>
    </message>
    <message>
        <source>Fondo</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Contratto</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Importo richiesto (€)</source>
        <translation>Importo richiesto (€)</translation>
    </message>
    <message>
        <source>Causa della difficoltà</source>
        <translation>Causa della difficoltà</translation>
    </message>
    <message>
        <source>Causa</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Approvare, respingere ed erogare spetta al coordinamento</source>
        <translation>Approvare, respingere ed erogare spetta al coordinamento</translation>
    </message>
    <message>
        <source>Importo approvato (€)</source>
        <translation>Importo approvato (€)</translation>
    </message>
    <message>
        <source>Lo decide il coordinamento</source>
        <translation>Lo decide il coordinamento</translation>
    </message>
    <message>
        <source>Approvato</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <source>Domanda</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Importo (€)</source>
        <translation>Importo (€)</translation>
    </message>
    <message>
        <source>Importo</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Pagato a</source>
        <translation>Pagato a</translation>
    </message>
    <message>
        <source>Il proprietario che riceve il denaro</source>
        <translation>Il proprietario che riceve il denaro</translation>
    </message>
    <message>
        <source>Quello della domanda, messo dall&apos;app</source>
        <translation>Quello della domanda, messo dall&apos;app</translation>
    </message>
    <message>
        <source>Debito (€)</source>
        <translation>Debito (€)</translation>
    </message>
    <message>
        <source>Debito</source>
        <translation>Debito</translation>
    </message>
    <message>
        <source>Mensilità non pagate</source>
        <translation>Mensilità non pagate</translation>
    </message>
    <message>
        <source>Mesi</source>
        <translation>Mesi</translation>
    </message>
    <message>
        <source>Aperta il</source>
        <translation>Aperta il</translation>
    </message>
    <message>
        <source>Fase dello sfratto</source>
        <translation>Fase dello sfratto</translation>
    </message>
    <message>
        <source>Data della fase di sfratto</source>
        <translation>Data della fase di sfratto</translation>
    </message>
    <message>
        <source>Intimazione notificata, udienza di convalida o accesso dell&apos;ufficiale</source>
        <translation>Intimazione notificata, udienza di convalida o accesso dell&apos;ufficiale</translation>
    </message>
    <message>
        <source>Chiusa il</source>
        <translation>Chiusa il</translation>
    </message>
    <message>
        <source>Pagata il</source>
        <translation>Pagata il</translation>
    </message>
    <message>
        <source>Quello della morosità, messo dall&apos;app</source>
        <translation>Quello della morosità, messo dall&apos;app</translation>
    </message>
    <message>
        <source>Chi ospita</source>
        <translation>Chi ospita</translation>
    </message>
    <message>
        <source>Chi è ospitato</source>
        <translation>Chi è ospitato</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Contributo mensile (€)</source>
        <translation>Contributo mensile (€)</translation>
    </message>
    <message>
        <source>Contributo</source>
        <translation>Contributo</translation>
    </message>
    <message>
        <source>Impegni reciproci</source>
        <translation>Impegni reciproci</translation>
    </message>
    <message>
        <source>Aiuto in casa, regole, orari</source>
        <translation>Aiuto in casa, regole, orari</translation>
    </message>
    <message>
        <source>Nucleo di chi ospita</source>
        <translation>Nucleo di chi ospita</translation>
    </message>
    <message>
        <source>Messo dall&apos;app</source>
        <translation>Messo dall&apos;app</translation>
    </message>
    <message>
        <source>Nucleo di chi è ospitato</source>
        <translation>Nucleo di chi è ospitato</translation>
    </message>
    <message>
        <source>Fine del mese di prova</source>
        <translation>Fine del mese di prova</translation>
    </message>
    <message>
        <source>Ospita o cerca alloggio</source>
        <translation>Ospita o cerca alloggio</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Stanza</source>
        <translation>Stanza</translation>
    </message>
    <message>
        <source>Quella offerta da chi ospita, o cercata: singola, con bagno, arredata…</source>
        <translation>Quella offerta da chi ospita, o cercata: singola, con bagno, arredata…</translation>
    </message>
    <message>
        <source>Chiesto da chi ospita; il massimo che può dare chi cerca alloggio</source>
        <translation>Chiesto da chi ospita; il massimo che può dare chi cerca alloggio</translation>
    </message>
    <message>
        <source>Aiuto in casa</source>
        <translation>Aiuto in casa</translation>
    </message>
    <message>
        <source>Chiesto da chi ospita, offerto da chi cerca alloggio</source>
        <translation>Chiesto da chi ospita, offerto da chi cerca alloggio</translation>
    </message>
    <message>
        <source>Presenza in casa</source>
        <translation>Presenza in casa</translation>
    </message>
    <message>
        <source>Quando chi ospita vorrebbe qualcuno in casa; quando chi cerca alloggio c&apos;è</source>
        <translation>Quando chi ospita vorrebbe qualcuno in casa; quando chi cerca alloggio c&apos;è</translation>
    </message>
    <message>
        <source>In casa</source>
        <translation>In casa</translation>
    </message>
    <message>
        <source>Fumo</source>
        <translation>Fumo</translation>
    </message>
    <message>
        <source>Chi ospita lo accetta; chi cerca alloggio fuma</source>
        <translation>Chi ospita lo accetta; chi cerca alloggio fuma</translation>
    </message>
    <message>
        <source>Animali</source>
        <translation>Animali</translation>
    </message>
    <message>
        <source>Chi ospita li accetta; chi cerca alloggio ne ha</source>
        <translation>Chi ospita li accetta; chi cerca alloggio ne ha</translation>
    </message>
    <message>
        <source>Regole della casa</source>
        <translation>Regole della casa</translation>
    </message>
    <message>
        <source>Ospiti, silenzio, uso della cucina…</source>
        <translation>Ospiti, silenzio, uso della cucina…</translation>
    </message>
    <message>
        <source>Orari</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>Lavoro, studio, rientri</source>
        <translation>Lavoro, studio, rientri</translation>
    </message>
    <message>
        <source>Coabitazione</source>
        <translation>Coabitazione</translation>
    </message>
    <message>
        <source>Visita fatta da</source>
        <translation>Visita fatta da</translation>
    </message>
    <message>
        <source>Visitatore</source>
        <translation>Visitatore</translation>
    </message>
    <message>
        <source>Nome di chi ha visitato</source>
        <translation>Nome di chi ha visitato</translation>
    </message>
    <message>
        <source>Come va</source>
        <translation>Come va</translation>
    </message>
    <message>
        <source>Quello della coabitazione, messo dall&apos;app</source>
        <translation>Quello della coabitazione, messo dall&apos;app</translation>
    </message>
    <message>
        <source>Nel mese di prova</source>
        <translation>Nel mese di prova</translation>
    </message>
    <message>
        <source>Collocato/a</source>
        <translation>Collocato/a</translation>
    </message>
    <message>
        <source>Tempo pieno</source>
        <translation>Tempo pieno</translation>
    </message>
    <message>
        <source>Tempo parziale</source>
        <translation>Tempo parziale</translation>
    </message>
    <message>
        <source>Indifferente</source>
        <translation>Indifferente</translation>
    </message>
    <message>
        <source>Patente AM</source>
        <translation>Patente AM</translation>
    </message>
    <message>
        <source>Patente A</source>
        <translation>Patente A</translation>
    </message>
    <message>
        <source>Patente B</source>
        <translation>Patente B</translation>
    </message>
    <message>
        <source>Patente C</source>
        <translation>Patente C</translation>
    </message>
    <message>
        <source>Patente D</source>
        <translation>Patente D</translation>
    </message>
    <message>
        <source>Carta di qualificazione del conducente (CQC)</source>
        <translation>Carta di qualificazione del conducente (CQC)</translation>
    </message>
    <message>
        <source>Tempo indeterminato</source>
        <translation>Tempo indeterminato</translation>
    </message>
    <message>
        <source>Tempo determinato</source>
        <translation>Tempo determinato</translation>
    </message>
    <message>
        <source>Apprendistato</source>
        <translation>Apprendistato</translation>
    </message>
    <message>
        <source>Somministrazione</source>
        <translation>Somministrazione</translation>
    </message>
    <message>
        <source>Stagionale</source>
        <translation>Stagionale</translation>
    </message>
    <message>
        <source>Coperta</source>
        <translation>Coperta</translation>
    </message>
    <message>
        <source>Inviata</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Assunto/a</source>
        <translation>Assunto/a</translation>
    </message>
    <message>
        <source>Non selezionato/a</source>
        <translation>Non selezionato/a</translation>
    </message>
    <message>
        <source>Corso completato</source>
        <translation>Corso completato</translation>
    </message>
    <message>
        <source>Abbandonato</source>
        <translation>Abbandonato</translation>
    </message>
    <message>
        <source>Offre</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Cerca</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Extracurriculare</source>
        <translation>Extracurriculare</translation>
    </message>
    <message>
        <source>Di inclusione</source>
        <translation>Di inclusione</translation>
    </message>
    <message>
        <source>Da avviare</source>
        <translation>Da avviare</translation>
    </message>
    <message>
        <source>Interrotto</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>Impresa o agenzia</source>
        <translation>Impresa o agenzia</translation>
    </message>
    <message>
        <source>Posizione</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Professione</source>
        <translation>Professione</translation>
    </message>
    <message>
        <source>Un codice del catalogo delle professioni</source>
        <translation>Un codice del catalogo delle professioni</translation>
    </message>
    <message>
        <source>Comune di lavoro</source>
        <translation>Comune di lavoro</translation>
    </message>
    <message>
        <source>Posti</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Orario</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>Patenti richieste</source>
        <translation>Patenti richieste</translation>
    </message>
    <message>
        <source>Competenze indispensabili</source>
        <translation>Competenze indispensabili</translation>
    </message>
    <message>
        <source>Competenze gradite</source>
        <translation>Competenze gradite</translation>
    </message>
    <message>
        <source>Scade il</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <source>Distanza massima (km)</source>
        <translation>Distanza massima (km)</translation>
    </message>
    <message>
        <source>Fin dove è disposta ad andare</source>
        <translation>Fin dove è disposta ad andare</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Patenti</source>
        <translation>Patenti</translation>
    </message>
    <message>
        <source>Mezzo proprio</source>
        <translation>Mezzo proprio</translation>
    </message>
    <message>
        <source>Professioni</source>
        <translation>Professioni</translation>
    </message>
    <message>
        <source>Codici del catalogo delle professioni</source>
        <translation>Codici del catalogo delle professioni</translation>
    </message>
    <message>
        <source>Competenze</source>
        <translation>Competenze</translation>
    </message>
    <message>
        <source>Codici del catalogo delle competenze</source>
        <translation>Codici del catalogo delle competenze</translation>
    </message>
    <message>
        <source>Lingue</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Lingua e livello, come it:C1 o en:A2</source>
        <translation>Lingua e livello, come it:C1 o en:A2</translation>
    </message>
    <message>
        <source>Iscrizione al Centro per l&apos;impiego (DID)</source>
        <translation>Iscrizione al Centro per l&apos;impiego (DID)</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>Esperienze di lavoro</source>
        <translation>Esperienze di lavoro</translation>
    </message>
    <message>
        <source>Una per riga: mansione, datore di lavoro, anni</source>
        <translation>Una per riga: mansione, datore di lavoro, anni</translation>
    </message>
    <message>
        <source>Consenso a inviare il CV</source>
        <translation>Consenso a inviare il CV</translation>
    </message>
    <message>
        <source>Senza, la scheda CV non si stampa</source>
        <translation>Senza, la scheda CV non si stampa</translation>
    </message>
    <message>
        <source>Offerta</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>Punteggio</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Quello dell&apos;abbinamento al momento della proposta</source>
        <translation>Quello dell&apos;abbinamento al momento della proposta</translation>
    </message>
    <message>
        <source>Motivi</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <source>Colloquio il</source>
        <translation>Colloquio il</translation>
    </message>
    <message>
        <source>Ente di formazione</source>
        <translation>Ente di formazione</translation>
    </message>
    <message>
        <source>Ore</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Competenze insegnate</source>
        <translation>Competenze insegnate</translation>
    </message>
    <message>
        <source>Corso</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Ore frequentate</source>
        <translation>Ore frequentate</translation>
    </message>
    <message>
        <source>Competenza</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Un codice del catalogo delle competenze</source>
        <translation>Un codice del catalogo delle competenze</translation>
    </message>
    <message>
        <source>Offre o cerca</source>
        <translation>Offre o cerca</translation>
    </message>
    <message>
        <source>Soggetto ospitante</source>
        <translation>Soggetto ospitante</translation>
    </message>
    <message>
        <source>Ospitante</source>
        <translation>Ospitante</translation>
    </message>
    <message>
        <source>Tipo di tirocinio</source>
        <translation>Tipo di tirocinio</translation>
    </message>
    <message>
        <source>Ore al giorno</source>
        <translation>Ore al giorno</translation>
    </message>
    <message>
        <source>Pasti forniti</source>
        <translation>Pasti forniti</translation>
    </message>
    <message>
        <source>Indennità mensile (€)</source>
        <translation>Indennità mensile (€)</translation>
    </message>
    <message>
        <source>Se vuota, il minimo regionale che si applica</source>
        <translation>Se vuota, il minimo regionale che si applica</translation>
    </message>
    <message>
        <source>Indennità</source>
        <translation>Indennità</translation>
    </message>
    <message>
        <source>Soggetto promotore</source>
        <translation>Soggetto promotore</translation>
    </message>
    <message>
        <source>Promotore</source>
        <translation>Promotore</translation>
    </message>
    <message>
        <source>Tutor aziendale</source>
        <translation>Tutor aziendale</translation>
    </message>
    <message>
        <source>Tutor del promotore</source>
        <translation>Tutor del promotore</translation>
    </message>
    <message>
        <source>Tirocinio</source>
        <translation>Tirocinio</translation>
    </message>
    <message>
        <source>Mese</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Scritto AAAA-MM</source>
        <translation>Scritto AAAA-MM</translation>
    </message>
    <message>
        <source>Giorni previsti</source>
        <translation>Giorni previsti</translation>
    </message>
    <message>
        <source>Giorni di presenza</source>
        <translation>Giorni di presenza</translation>
    </message>
    <message>
        <source>Giorni presenti</source>
        <translation>Giorni presenti</translation>
    </message>
    <message>
        <source>I giorni del mese, per numero, in cui era presente</source>
        <translation>I giorni del mese, per numero, in cui era presente</translation>
    </message>
    <message>
        <source>Quota del progetto (€)</source>
        <translation>Quota del progetto (€)</translation>
    </message>
    <message>
        <source>La parte dell&apos;indennità che paga il programma</source>
        <translation>La parte dell&apos;indennità che paga il programma</translation>
    </message>
    <message>
        <source>Tirocinante</source>
        <translation>Tirocinante</translation>
    </message>
    <message>
        <source>Quella del tirocinio, messa dall&apos;app</source>
        <translation>Quella del tirocinio, messa dall&apos;app</translation>
    </message>
    <message>
        <source>Indennità dovuta (€)</source>
        <translation>Indennità dovuta (€)</translation>
    </message>
    <message>
        <source>Intera dall&apos;80% dei giorni previsti, in proporzione sotto</source>
        <translation>Intera dall&apos;80% dei giorni previsti, in proporzione sotto</translation>
    </message>
    <message>
        <source>Datore di lavoro</source>
        <translation>Datore di lavoro</translation>
    </message>
    <message>
        <source>Data di assunzione</source>
        <translation>Data di assunzione</translation>
    </message>
    <message>
        <source>Ore settimanali</source>
        <translation>Ore settimanali</translation>
    </message>
    <message>
        <source>Incentivi</source>
        <translation>Incentivi</translation>
    </message>
    <message>
        <source>Codici del catalogo degli incentivi</source>
        <translation>Codici del catalogo degli incentivi</translation>
    </message>
    <message>
        <source>Atto</source>
        <translation>Atto</translation>
    </message>
    <message>
        <source>La delibera che fissa le regole</source>
        <translation>La delibera che fissa le regole</translation>
    </message>
    <message>
        <source>In vigore dal</source>
        <translation>In vigore dal</translation>
    </message>
    <message>
        <source>In vigore fino al</source>
        <translation>In vigore fino al</translation>
    </message>
    <message>
        <source>Indennità minima (€)</source>
        <translation>Indennità minima (€)</translation>
    </message>
    <message>
        <source>Minima con pasti forniti (€)</source>
        <translation>Minima con pasti forniti (€)</translation>
    </message>
    <message>
        <source>Minima a orario ridotto (€)</source>
        <translation>Minima a orario ridotto (€)</translation>
    </message>
    <message>
        <source>Orario ridotto: ore al giorno fino a</source>
        <translation>Orario ridotto: ore al giorno fino a</translation>
    </message>
    <message>
        <source>Minima presso enti pubblici (€)</source>
        <translation>Minima presso enti pubblici (€)</translation>
    </message>
    <message>
        <source>Durata minima (mesi)</source>
        <translation>Durata minima (mesi)</translation>
    </message>
    <message>
        <source>Durata massima (mesi)</source>
        <translation>Durata massima (mesi)</translation>
    </message>
    <message>
        <source>Durata massima con disabilità (mesi)</source>
        <translation>Durata massima con disabilità (mesi)</translation>
    </message>
    <message>
        <source>Trattamento dei dati</source>
        <translation>Trattamento dei dati</translation>
    </message>
    <message>
        <source>Dati particolari</source>
        <translation>Dati particolari</translation>
    </message>
    <message>
        <source>Partecipazione alle attività</source>
        <translation>Partecipazione alle attività</translation>
    </message>
    <message>
        <source>Immagini e riprese</source>
        <translation>Immagini e riprese</translation>
    </message>
    <message>
        <source>Formazione scuola-lavoro</source>
        <translation>Formazione scuola-lavoro</translation>
    </message>
    <message>
        <source>Condivisione con la rete</source>
        <translation>Condivisione con la rete</translation>
    </message>
    <message>
        <source>L&apos;interessato/a</source>
        <translation>L&apos;interessato/a</translation>
    </message>
    <message>
        <source>Un genitore</source>
        <translation>Un genitore</translation>
    </message>
    <message>
        <source>Il tutore</source>
        <translation>Il tutore</translation>
    </message>
    <message>
        <source>Liceo</source>
        <translation>Liceo</translation>
    </message>
    <message>
        <source>Istituto tecnico</source>
        <translation>Istituto tecnico</translation>
    </message>
    <message>
        <source>Istituto professionale</source>
        <translation>Istituto professionale</translation>
    </message>
    <message>
        <source>Gruppo di ragazzi</source>
        <translation>Gruppo di ragazzi</translation>
    </message>
    <message>
        <source>Consenso per</source>
        <translation>Consenso per</translation>
    </message>
    <message>
        <source>Dato il</source>
        <translation>Dato il</translation>
    </message>
    <message>
        <source>Dato da</source>
        <translation>Dato da</translation>
    </message>
    <message>
        <source>Per un minore conta solo quello di un genitore o del tutore</source>
        <translation>Per un minore conta solo quello di un genitore o del tutore</translation>
    </message>
    <message>
        <source>Nome di chi lo dà</source>
        <translation>Nome di chi lo dà</translation>
    </message>
    <message>
        <source>Firmato da</source>
        <translation>Firmato da</translation>
    </message>
    <message>
        <source>Revocato il</source>
        <translation>Revocato il</translation>
    </message>
    <message>
        <source>Dal giorno della revoca non vale più</source>
        <translation>Dal giorno della revoca non vale più</translation>
    </message>
    <message>
        <source>Un&apos;organizzazione di tipo scuola</source>
        <translation>Un&apos;organizzazione di tipo scuola</translation>
    </message>
    <message>
        <source>Ente ospitante</source>
        <translation>Ente ospitante</translation>
    </message>
    <message>
        <source>Tipo di scuola</source>
        <translation>Tipo di scuola</translation>
    </message>
    <message>
        <source>Progetto</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Ore previste</source>
        <translation>Ore previste</translation>
    </message>
    <message>
        <source>Tutor scolastico</source>
        <translation>Tutor scolastico</translation>
    </message>
    <message>
        <source>Tutor dell&apos;ente ospitante</source>
        <translation>Tutor dell&apos;ente ospitante</translation>
    </message>
    <message>
        <source>Tutor ospitante</source>
        <translation>Tutor ospitante</translation>
    </message>
    <message>
        <source>Formazione sulla sicurezza il</source>
        <translation>Formazione sulla sicurezza il</translation>
    </message>
    <message>
        <source>Nessuna ora prima di questa data</source>
        <translation>Nessuna ora prima di questa data</translation>
    </message>
    <message>
        <source>Patto formativo firmato il</source>
        <translation>Patto formativo firmato il</translation>
    </message>
    <message>
        <source>Ore svolte</source>
        <translation>Ore svolte</translation>
    </message>
    <message>
        <source>Ore richieste nel triennio</source>
        <translation>Ore richieste nel triennio</translation>
    </message>
    <message>
        <source>Ore richieste</source>
        <translation>Ore richieste</translation>
    </message>
    <message>
        <source>Esperienza scuola-lavoro</source>
        <translation>Esperienza scuola-lavoro</translation>
    </message>
    <message>
        <source>Esperienza</source>
        <translation>Esperienza</translation>
    </message>
    <message>
        <source>Attività svolta</source>
        <translation>Attività svolta</translation>
    </message>
    <message>
        <source>Quello dell&apos;esperienza, messo dall&apos;app</source>
        <translation>Quello dell&apos;esperienza, messo dall&apos;app</translation>
    </message>
    <message>
        <source>Ragazzo/a</source>
        <translation>Ragazzo/a</translation>
    </message>
    <message>
        <source>Classe</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Come la scrive la scuola, per esempio 3B</source>
        <translation>Come la scrive la scuola, per esempio 3B</translation>
    </message>
    <message>
        <source>Anno scolastico</source>
        <translation>Anno scolastico</translation>
    </message>
    <message>
        <source>Come 2026/27</source>
        <translation>Come 2026/27</translation>
    </message>
    <message>
        <source>Anno</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Educatore</source>
        <translation>Educatore</translation>
    </message>
    <message>
        <source>Il nome utente dell&apos;operatore che lo segue</source>
        <translation>Il nome utente dell&apos;operatore che lo segue</translation>
    </message>
    <message>
        <source>Seguito/a dal</source>
        <translation>Seguito/a dal</translation>
    </message>
    <message>
        <source>Fino a 25 anni compiuti quel giorno</source>
        <translation>Fino a 25 anni compiuti quel giorno</translation>
    </message>
</context>
<context>
    <name>LandlordsTab</name>
    <message>
        <source>Cerca per nome, codice fiscale, comune o telefono (Ctrl+F)</source>
        <translation>Cerca per nome, codice fiscale, comune o telefono (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nuovo proprietario (Ctrl+N)</source>
        <translation>Nuovo proprietario (Ctrl+N)</translation>
    </message>
    <message>
        <source>Invio modifica il proprietario scelto.</source>
        <translation>Invio modifica il proprietario scelto.</translation>
    </message>
    <message>
        <source>Nessun proprietario trovato.</source>
        <translation>Nessun proprietario trovato.</translation>
    </message>
    <message>
        <source>1 proprietario</source>
        <translation>1 proprietario</translation>
    </message>
    <message>
        <source>{n} proprietari</source>
        <translation>{n} proprietari</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Come il sistema</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>La finestra si ricostruisce subito nella lingua scelta, sulla stessa sezione; il lavoro salvato non cambia.</source>
        <translation>La finestra si ricostruisce subito nella lingua scelta, sulla stessa sezione; il lavoro salvato non cambia.</translation>
    </message>
    <message>
        <source>Applica</source>
        <translation>Applica</translation>
    </message>
</context>
<context>
    <name>LanguagesEdit</name>
    <message>
        <source>es. it:B1, en:A2</source>
        <translation>es. it:B1, en:A2</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Sessione bloccata</source>
        <translation>Sessione bloccata</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>genera – accesso</source>
        <translation>genera – accesso</translation>
    </message>
    <message>
        <source>Accedete con il vostro nome utente.</source>
        <translation>Accedete con il vostro nome utente.</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Esci</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Password &amp;dimenticata?</source>
        <translation>Password &amp;dimenticata?</translation>
    </message>
    <message>
        <source>Archivio nella cartella {folder}</source>
        <translation>Archivio nella cartella {folder}</translation>
    </message>
    <message>
        <source>Postazione «{site}»</source>
        <translation>Postazione «{site}»</translation>
    </message>
    <message>
        <source>rete «{network}»</source>
        <translation>rete «{network}»</translation>
    </message>
    <message>
        <source>Scrivere il nome utente</source>
        <translation>Scrivere il nome utente</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>I miei contesti</source>
        <translation>I miei contesti</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Nuclei familiari</source>
        <translation>Nuclei familiari</translation>
    </message>
    <message>
        <source>Persone</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Contesti abitativi</source>
        <translation>Contesti abitativi</translation>
    </message>
    <message>
        <source>Sincronizzazione</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Registro accessi</source>
        <translation>Registro accessi</translation>
    </message>
    <message>
        <source>Utenti</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Coordinamento</source>
        <translation>Coordinamento</translation>
    </message>
    <message>
        <source>Duplicati</source>
        <translation>Duplicati</translation>
    </message>
    <message>
        <source>Conflitti</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Casa</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Lavoro</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Adolescenti</source>
        <translation>Adolescenti</translation>
    </message>
    <message>
        <source>Laboratori</source>
        <translation>Laboratori</translation>
    </message>
    <message>
        <source>Iniziative</source>
        <translation>Iniziative</translation>
    </message>
    <message>
        <source>Rete</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Punti diffusi</source>
        <translation>Punti diffusi</translation>
    </message>
    <message>
        <source>genera – {site}</source>
        <translation>genera – {site}</translation>
    </message>
    <message>
        <source>postazione</source>
        <translation>postazione</translation>
    </message>
    <message>
        <source>Sezioni</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>coordinamento</source>
        <translation>coordinamento</translation>
    </message>
    <message>
        <source>punto di comunità</source>
        <translation>punto di comunità</translation>
    </message>
    <message>
        <source>custode sociale</source>
        <translation>custode sociale</translation>
    </message>
    <message>
        <source>{site} · {role}</source>
        <translation>{site} · {role}</translation>
    </message>
    <message>
        <source>Utente: {name}{admin}</source>
        <translation>Utente: {name}{admin}</translation>
    </message>
    <message>
        <source> · amministratore</source>
        <translation> · amministratore</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Importa nuclei da file…</source>
        <translation>&amp;Importa nuclei da file…</translation>
    </message>
    <message>
        <source>&amp;Dati dimostrativi…</source>
        <translation>&amp;Dati dimostrativi…</translation>
    </message>
    <message>
        <source>Solo negli archivi di una rete dimostrativa.</source>
        <translation>Solo negli archivi di una rete dimostrativa.</translation>
    </message>
    <message>
        <source>&amp;Impostazioni…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Blocca</source>
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <source>&amp;Esci</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Aiuto</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Scorciatoie da tastiera</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;Informazioni</source>
        <translation>&amp;Informazioni</translation>
    </message>
    <message>
        <source>&amp;Lingua</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Come il sistema</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>La lingua scelta si applicherà al prossimo avvio di genera.</source>
        <translation>La lingua scelta si applicherà al prossimo avvio di genera.</translation>
    </message>
    <message>
        <source>Attendere la fine dell&apos;operazione in corso, poi cambiare lingua.</source>
        <translation>Attendere la fine dell&apos;operazione in corso, poi cambiare lingua.</translation>
    </message>
    <message>
        <source>&amp;Stampa</source>
        <translation>&amp;Stampa</translation>
    </message>
    <message>
        <source>Scheda di accoglienza vuota…</source>
        <translation>Scheda di accoglienza vuota…</translation>
    </message>
    <message>
        <source>Scheda visita vuota…</source>
        <translation>Scheda visita vuota…</translation>
    </message>
    <message>
        <source>Giri di tutti i miei contesti…</source>
        <translation>Giri di tutti i miei contesti…</translation>
    </message>
    <message>
        <source>Dati dimostrativi</source>
        <translation>Dati dimostrativi</translation>
    </message>
    <message>
        <source>Quante famiglie inventate aggiungere?</source>
        <translation>Quante famiglie inventate aggiungere?</translation>
    </message>
    <message>
        <source>Dati dimostrativi annullati: non è stato aggiunto nulla.</source>
        <translation>Dati dimostrativi annullati: non è stato aggiunto nulla.</translation>
    </message>
    <message>
        <source>Creazione delle famiglie di prova…</source>
        <translation>Creazione delle famiglie di prova…</translation>
    </message>
    <message>
        <source>Ctrl+F  cerca
Ctrl+N  nuovo nucleo familiare (o laboratorio, iniziativa, ente, luogo nella loro pagina)
Invio  apre l&apos;elemento scelto
Esc  torna all&apos;elenco
Ctrl+1 … Ctrl+{last}  sezioni (le prime nove)
Ctrl+S  salva
Ctrl+P  stampa (la scheda del nucleo, il giro, l&apos;anteprima)
Ins  aggiunge nella scheda aperta del nucleo (componente, colloquio, invio, promemoria)
Canc  rimuove o elimina la riga scelta
Ctrl+D  segna il promemoria come fatto
Ctrl+Z  annulla l&apos;ultima azione
F4 o Alt+Giù  apre l&apos;elenco di una casella di scelta; scrivere l&apos;inizio di una voce la sceglie
Ctrl+Invio  salva la visita; Alt+R  ai problemi rilevati
Griglia delle presenze: frecce  si spostano; Spazio  presente/assente; 1 presente, 2 assente, 3 giustificato, 0 o Canc cancella; ospiti: il numero e Invio
Ctrl+L  blocca la sessione
Ctrl+,  impostazioni
Ctrl+Q  esci</source>
        <translation>Ctrl+F  cerca
Ctrl+N  nuovo nucleo familiare (o laboratorio, iniziativa, ente, luogo nella loro pagina)
Invio  apre l&apos;elemento scelto
Esc  torna all&apos;elenco
Ctrl+1 … Ctrl+{last}  sezioni (le prime nove)
Ctrl+S  salva
Ctrl+P  stampa (la scheda del nucleo, il giro, l&apos;anteprima)
Ins  aggiunge nella scheda aperta del nucleo (componente, colloquio, invio, promemoria)
Canc  rimuove o elimina la riga scelta
Ctrl+D  segna il promemoria come fatto
Ctrl+Z  annulla l&apos;ultima azione
F4 o Alt+Giù  apre l&apos;elenco di una casella di scelta; scrivere l&apos;inizio di una voce la sceglie
Ctrl+Invio  salva la visita; Alt+R  ai problemi rilevati
Griglia delle presenze: frecce  si spostano; Spazio  presente/assente; 1 presente, 2 assente, 3 giustificato, 0 o Canc cancella; ospiti: il numero e Invio
Ctrl+L  blocca la sessione
Ctrl+,  impostazioni
Ctrl+Q  esci</translation>
    </message>
    <message>
        <source>Scorciatoie da tastiera</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Informazioni su genera</source>
        <translation>Informazioni su genera</translation>
    </message>
    <message>
        <source>&lt;b&gt;genera&lt;/b&gt; {version}&lt;br&gt;Gestione dei nuclei familiari per i Punti di Comunità della Bassa Bresciana Orientale.&lt;br&gt;&lt;br&gt;Rete: {network}&lt;br&gt;Postazione: {site}</source>
        <translation>&lt;b&gt;genera&lt;/b&gt; {version}&lt;br&gt;Gestione dei nuclei familiari per i Punti di Comunità della Bassa Bresciana Orientale.&lt;br&gt;&lt;br&gt;Rete: {network}&lt;br&gt;Postazione: {site}</translation>
    </message>
    <message>
        <source>Operazione in corso</source>
        <translation>Operazione in corso</translation>
    </message>
    <message>
        <source>Un&apos;operazione è ancora in corso: interromperla e uscire? Quanto non è finito non sarà salvato.</source>
        <translation>Un&apos;operazione è ancora in corso: interromperla e uscire? Quanto non è finito non sarà salvato.</translation>
    </message>
</context>
<context>
    <name>MonthGridDialog</name>
    <message>
        <source>Giorni previsti</source>
        <translation>Giorni previsti</translation>
    </message>
    <message>
        <source>Giorni di presenza</source>
        <translation>Giorni di presenza</translation>
    </message>
    <message>
        <source>Quota del progetto</source>
        <translation>Quota del progetto</translation>
    </message>
    <message>
        <source>Indennità dovuta</source>
        <translation>Indennità dovuta</translation>
    </message>
    <message>
        <source>Mese</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Tirocinante</source>
        <translation>Tirocinante</translation>
    </message>
    <message>
        <source>Ospitante</source>
        <translation>Ospitante</translation>
    </message>
    <message>
        <source>Presenze mensili</source>
        <translation>Presenze mensili</translation>
    </message>
    <message>
        <source>Frecce per spostarsi; un numero si scrive nella cella e Invio lo salva; Spazio segna presenti tutti i giorni previsti, o nessuno. Ogni riga si salva da sola. F2 modifica la cella; Invio apre il mese per giorno.</source>
        <translation>Frecce per spostarsi; un numero si scrive nella cella e Invio lo salva; Spazio segna presenti tutti i giorni previsti, o nessuno. Ogni riga si salva da sola. F2 modifica la cella; Invio apre il mese per giorno.</translation>
    </message>
    <message>
        <source>Presenze del mese</source>
        <translation>Presenze del mese</translation>
    </message>
    <message>
        <source>&amp;Punto</source>
        <translation>&amp;Punto</translation>
    </message>
    <message>
        <source>&amp;Mese</source>
        <translation>&amp;Mese</translation>
    </message>
    <message>
        <source>Presenze – {title}</source>
        <translation>Presenze – {title}</translation>
    </message>
    <message>
        <source>&amp;Stampa prospetto…</source>
        <translation>&amp;Stampa prospetto…</translation>
    </message>
    <message>
        <source>Il prospetto dell&apos;indennità: mesi, giorni, indennità dovuta, quota del progetto (Ctrl+P)</source>
        <translation>Il prospetto dell&apos;indennità: mesi, giorni, indennità dovuta, quota del progetto (Ctrl+P)</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Nessun tirocinio in corso in questo punto nel mese.</source>
        <translation>Nessun tirocinio in corso in questo punto nel mese.</translation>
    </message>
    <message>
        <source>Righe registrate: {n} di {m} – indennità dovuta: {due}</source>
        <translation>Righe registrate: {n} di {m} – indennità dovuta: {due}</translation>
    </message>
    <message>
        <source>Prospetto dell&apos;indennità</source>
        <translation>Prospetto dell&apos;indennità</translation>
    </message>
</context>
<context>
    <name>MyContextsPage</name>
    <message>
        <source>lun</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>mer</source>
        <translation>mer</translation>
    </message>
    <message>
        <source>gio</source>
        <translation>gio</translation>
    </message>
    <message>
        <source>ven</source>
        <translation>ven</translation>
    </message>
    <message>
        <source>sab</source>
        <translation>sab</translation>
    </message>
    <message>
        <source>dom</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>mai visitato</source>
        <translation>mai visitato</translation>
    </message>
    <message>
        <source>oggi</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>ieri</source>
        <translation>ieri</translation>
    </message>
    <message>
        <source>{n} giorni</source>
        <translation>{n} giorni</translation>
    </message>
    <message>
        <source>Scaduta ieri</source>
        <translation>Scaduta ieri</translation>
    </message>
    <message>
        <source>Scaduta da {n} giorni</source>
        <translation>Scaduta da {n} giorni</translation>
    </message>
    <message>
        <source>Oggi</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Domani</source>
        <translation>Domani</translation>
    </message>
    <message>
        <source>I miei contesti</source>
        <translation>I miei contesti</translation>
    </message>
    <message>
        <source>Nuova visita (Invio)</source>
        <translation>Nuova visita (Invio)</translation>
    </message>
    <message>
        <source>Visita al contesto</source>
        <translation>Visita al contesto</translation>
    </message>
    <message>
        <source>Apri nucleo (Ctrl+O)</source>
        <translation>Apri nucleo (Ctrl+O)</translation>
    </message>
    <message>
        <source>Stampa giro (Ctrl+P)</source>
        <translation>Stampa giro (Ctrl+P)</translation>
    </message>
    <message>
        <source>Stampa scheda visita</source>
        <translation>Stampa scheda visita</translation>
    </message>
    <message>
        <source>Contesto</source>
        <translation>Contesto</translation>
    </message>
    <message>
        <source>Nuclei</source>
        <translation>Nuclei</translation>
    </message>
    <message>
        <source>Mai visitati</source>
        <translation>Mai visitati</translation>
    </message>
    <message>
        <source>Ultima visita</source>
        <translation>Ultima visita</translation>
    </message>
    <message>
        <source>Residenti</source>
        <translation>Residenti</translation>
    </message>
    <message>
        <source>Da quanto</source>
        <translation>Da quanto</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Prossima</source>
        <translation>Prossima</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Alloggio</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <source>(contesto)</source>
        <translation>(contesto)</translation>
    </message>
    <message>
        <source>Nucleo</source>
        <translation>Nucleo</translation>
    </message>
    <message>
        <source>Contatto</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Problemi</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Esito</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Visite registrate</source>
        <translation>Visite registrate</translation>
    </message>
    <message>
        <source>Scadenza</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Visite in scadenza questa settimana</source>
        <translation>Visite in scadenza questa settimana</translation>
    </message>
    <message>
        <source>Contesti</source>
        <translation>Contesti</translation>
    </message>
    <message>
        <source>Invio o V sul residente: nuova visita · Ctrl+O: scheda del nucleo · Ctrl+P: stampa il giro del contesto</source>
        <translation>Invio o V sul residente: nuova visita · Ctrl+O: scheda del nucleo · Ctrl+P: stampa il giro del contesto</translation>
    </message>
    <message>
        <source>Visite in scadenza questa settimana ({n})</source>
        <translation>Visite in scadenza questa settimana ({n})</translation>
    </message>
    <message>
        <source>Visite in scadenza questa settimana: nessuna</source>
        <translation>Visite in scadenza questa settimana: nessuna</translation>
    </message>
    <message>
        <source>Nessun contesto abitativo affidato a questa postazione. I contesti si assegnano al coordinamento.</source>
        <translation>Nessun contesto abitativo affidato a questa postazione. I contesti si assegnano al coordinamento.</translation>
    </message>
    <message>
        <source>{n} nuclei, {m} residenti</source>
        <translation>{n} nuclei, {m} residenti</translation>
    </message>
    <message>
        <source>{n} mai visitati</source>
        <translation>{n} mai visitati</translation>
    </message>
    <message>
        <source>ultima visita il {date}</source>
        <translation>ultima visita il {date}</translation>
    </message>
    <message>
        <source>Visita salvata.</source>
        <translation>Visita salvata.</translation>
    </message>
    <message>
        <source>Scheda del giro – {name}</source>
        <translation>Scheda del giro – {name}</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Rete degli enti</source>
        <translation>Rete degli enti</translation>
    </message>
    <message>
        <source>Cerca per nome, partita IVA, referente o telefono (Ctrl+F)</source>
        <translation>Cerca per nome, partita IVA, referente o telefono (Ctrl+F)</translation>
    </message>
    <message>
        <source>Aggiungi un ente alla rete (Ctrl+N)</source>
        <translation>Aggiungi un ente alla rete (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tutti i tipi</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Tipo di ente</source>
        <translation>Tipo di ente</translation>
    </message>
    <message>
        <source>Tutti i comuni</source>
        <translation>Tutti i comuni</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Solo partner</source>
        <translation>Solo partner</translation>
    </message>
    <message>
        <source>Solo gli enti partner del programma</source>
        <translation>Solo gli enti partner del programma</translation>
    </message>
    <message>
        <source>Invio apre l&apos;ente con i suoi accordi.</source>
        <translation>Invio apre l&apos;ente con i suoi accordi.</translation>
    </message>
    <message>
        <source>Nessun ente trovato.</source>
        <translation>Nessun ente trovato.</translation>
    </message>
    <message>
        <source>La rete è vuota: «Nuova organizzazione» (Ctrl+N).</source>
        <translation>La rete è vuota: «Nuova organizzazione» (Ctrl+N).</translation>
    </message>
    <message>
        <source>{n} enti</source>
        <translation>{n} enti</translation>
    </message>
    <message>
        <source>1 ente</source>
        <translation>1 ente</translation>
    </message>
    <message>
        <source>{n} partner</source>
        <translation>{n} partner</translation>
    </message>
</context>
<context>
    <name>NewHouseholdDialog</name>
    <message>
        <source>Nuovo nucleo familiare</source>
        <translation>Nuovo nucleo familiare</translation>
    </message>
    <message>
        <source>Dove vive il nucleo e come raggiungerlo. Componenti e scheda di accoglienza si aggiungono subito dopo.</source>
        <translation>Dove vive il nucleo e come raggiungerlo. Componenti e scheda di accoglienza si aggiungono subito dopo.</translation>
    </message>
    <message>
        <source>Crea nucleo</source>
        <translation>Crea nucleo</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Il nuovo nucleo non è stato creato. Scartare quanto scritto?</source>
        <translation>Il nuovo nucleo non è stato creato. Scartare quanto scritto?</translation>
    </message>
    <message>
        <source>Scarta</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Continua a scrivere</source>
        <translation>Continua a scrivere</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>genera – nuova chiave di recupero</source>
        <translation>genera – nuova chiave di recupero</translation>
    </message>
    <message>
        <source>La chiave di prima non apre più questo archivio. La nuova viene mostrata una sola volta: salvatela, stampatela e conservate il foglio al posto di quello vecchio. I backup fatti prima della sostituzione si aprono ancora con la chiave vecchia, non con questa.</source>
        <translation>La chiave di prima non apre più questo archivio. La nuova viene mostrata una sola volta: salvatela, stampatela e conservate il foglio al posto di quello vecchio. I backup fatti prima della sostituzione si aprono ancora con la chiave vecchia, non con questa.</translation>
    </message>
    <message>
        <source>La chiave di recupero è stata sostituita.</source>
        <translation>La chiave di recupero è stata sostituita.</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>NewKeyPanel</name>
    <message>
        <source>Salva come PDF da stampare…</source>
        <translation>Salva come PDF da stampare…</translation>
    </message>
    <message>
        <source>Ho conservato la nuova chiave di recupero</source>
        <translation>Ho conservato la nuova chiave di recupero</translation>
    </message>
    <message>
        <source>Salva la chiave di recupero</source>
        <translation>Salva la chiave di recupero</translation>
    </message>
    <message>
        <source>Documento PDF (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Salvata in {path}. Stampatela, poi cancellate il file: su questo computer non deve restare.</source>
        <translation>Salvata in {path}. Stampatela, poi cancellate il file: su questo computer non deve restare.</translation>
    </message>
    <message>
        <source>Chiave di recupero</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <source>La nuova chiave di recupero non sarà più mostrata. Chiudere comunque?</source>
        <translation>La nuova chiave di recupero non sarà più mostrata. Chiudere comunque?</translation>
    </message>
</context>
<context>
    <name>NewcomerDialog</name>
    <message>
        <source>Nuova persona</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>Registrata come contatto, in un nucleo a sé: l&apos;accoglienza completa si fa quando passa dallo sportello. Senza consenso resta un ospite senza nome.</source>
        <translation>Registrata come contatto, in un nucleo a sé: l&apos;accoglienza completa si fa quando passa dallo sportello. Senza consenso resta un ospite senza nome.</translation>
    </message>
    <message>
        <source>Ha dato il consenso al trattamento dei dati</source>
        <translation>Ha dato il consenso al trattamento dei dati</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Registra e iscrivi</source>
        <translation>Registra e iscrivi</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>OfferList</name>
    <message>
        <source>Nessuna disponibilità registrata.</source>
        <translation>Nessuna disponibilità registrata.</translation>
    </message>
    <message>
        <source>{hosts} chi ospita, {guests} chi cerca alloggio</source>
        <translation>{hosts} chi ospita, {guests} chi cerca alloggio</translation>
    </message>
</context>
<context>
    <name>OffersTab</name>
    <message>
        <source>Chi ospita o chi cerca alloggio (Ctrl+N)</source>
        <translation>Chi ospita o chi cerca alloggio (Ctrl+N)</translation>
    </message>
    <message>
        <source>Abbinamenti possibili</source>
        <translation>Abbinamenti possibili</translation>
    </message>
    <message>
        <source>Avvia la coabitazione</source>
        <translation>Avvia la coabitazione</translation>
    </message>
    <message>
        <source>Il patto tra le due persone dell&apos;abbinamento scelto, che comincia dalla selezione</source>
        <translation>Il patto tra le due persone dell&apos;abbinamento scelto, che comincia dalla selezione</translation>
    </message>
    <message>
        <source>Motivi dell&apos;abbinamento</source>
        <translation>Motivi dell&apos;abbinamento</translation>
    </message>
    <message>
        <source>Abbinamenti possibili: {n}</source>
        <translation>Abbinamenti possibili: {n}</translation>
    </message>
    <message>
        <source>Nessun abbinamento: servono una disponibilità di chi ospita e una di chi cerca alloggio, di due nuclei, compatibili su fumo e animali.</source>
        <translation>Nessun abbinamento: servono una disponibilità di chi ospita e una di chi cerca alloggio, di due nuclei, compatibili su fumo e animali.</translation>
    </message>
    <message>
        <source>{host} e {guest}</source>
        <translation>{host} e {guest}</translation>
    </message>
</context>
<context>
    <name>OrganisationChooser</name>
    <message>
        <source>Nuovo ente…</source>
        <translation>Nuovo ente…</translation>
    </message>
    <message>
        <source>Aggiungi l&apos;ente alla rete e sceglilo</source>
        <translation>Aggiungi l&apos;ente alla rete e sceglilo</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Nessun accordo con questo ente.</source>
        <translation>Nessun accordo con questo ente.</translation>
    </message>
    <message>
        <source>Modifica</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Elimina</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Elimina accordo</source>
        <translation>Elimina accordo</translation>
    </message>
    <message>
        <source>Eliminare questo accordo?</source>
        <translation>Eliminare questo accordo?</translation>
    </message>
</context>
<context>
    <name>PactsTab</name>
    <message>
        <source>Nuova coabitazione (Ctrl+N)</source>
        <translation>Nuova coabitazione (Ctrl+N)</translation>
    </message>
    <message>
        <source>Stampa il patto</source>
        <translation>Stampa il patto</translation>
    </message>
    <message>
        <source>Il patto abitativo da firmare per chi ospita e chi è ospitato</source>
        <translation>Il patto abitativo da firmare per chi ospita e chi è ospitato</translation>
    </message>
    <message>
        <source>Una visita di monitoraggio alla coabitazione scelta, dell&apos;operatore o del custode</source>
        <translation>Una visita di monitoraggio alla coabitazione scelta, dell&apos;operatore o del custode</translation>
    </message>
    <message>
        <source>Invio modifica la coabitazione scelta.</source>
        <translation>Invio modifica la coabitazione scelta.</translation>
    </message>
    <message>
        <source>Nessuna coabitazione.</source>
        <translation>Nessuna coabitazione.</translation>
    </message>
    <message>
        <source>1 coabitazione</source>
        <translation>1 coabitazione</translation>
    </message>
    <message>
        <source>{n} coabitazioni</source>
        <translation>{n} coabitazioni</translation>
    </message>
    <message>
        <source>{host} e {guest}: mese di prova dal {start} al {end}; visite nel mese di prova: {n} su {total}.</source>
        <translation>{host} e {guest}: mese di prova dal {start} al {end}; visite nel mese di prova: {n} su {total}.</translation>
    </message>
    <message>
        <source>Patto abitativo</source>
        <translation>Patto abitativo</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Accedi</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Scrivere la password</source>
        <translation>Scrivere la password</translation>
    </message>
    <message>
        <source>Nome utente o password errati</source>
        <translation>Nome utente o password errati</translation>
    </message>
    <message>
        <source>Troppi tentativi: riprovare tra {n} secondi.</source>
        <translation>Troppi tentativi: riprovare tra {n} secondi.</translation>
    </message>
    <message>
        <source>Riattiva {user}</source>
        <translation>Riattiva {user}</translation>
    </message>
    <message>
        <source>Nuova password per {user}</source>
        <translation>Nuova password per {user}</translation>
    </message>
    <message>
        <source>Riattiva</source>
        <translation>Riattiva</translation>
    </message>
    <message>
        <source>Cambia password</source>
        <translation>Cambia password</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>16 caratteri o 11 cifre</source>
        <translation>16 caratteri o 11 cifre</translation>
    </message>
    <message>
        <source>Modifica componente</source>
        <translation>Modifica componente</translation>
    </message>
    <message>
        <source>Nuovo componente</source>
        <translation>Nuovo componente</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Nessun codice fiscale</source>
        <translation>Nessun codice fiscale</translation>
    </message>
    <message>
        <source>Data di nascita</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Sesso</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Luogo di nascita</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <source>comune o stato</source>
        <translation>comune o stato</translation>
    </message>
    <message>
        <source>Cittadinanza</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <source>Permesso di soggiorno</source>
        <translation>Permesso di soggiorno</translation>
    </message>
    <message>
        <source>Relazione</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Stato civile</source>
        <translation>Stato civile</translation>
    </message>
    <message>
        <source>Titolo di studio</source>
        <translation>Titolo di studio</translation>
    </message>
    <message>
        <source>Condizione lavorativa</source>
        <translation>Condizione lavorativa</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>stesso codice fiscale</source>
        <translation>stesso codice fiscale</translation>
    </message>
    <message>
        <source>stessi nome, cognome e data di nascita</source>
        <translation>stessi nome, cognome e data di nascita</translation>
    </message>
    <message>
        <source>in questo nucleo</source>
        <translation>in questo nucleo</translation>
    </message>
    <message>
        <source>nucleo {case}</source>
        <translation>nucleo {case}</translation>
    </message>
    <message>
        <source>• {last} {first}, nato/a il {born} – {where} ({why})</source>
        <translation>• {last} {first}, nato/a il {born} – {where} ({why})</translation>
    </message>
    <message>
        <source>… e altre {n} persone</source>
        <translation>… e altre {n} persone</translation>
    </message>
    <message>
        <source>Questa persona potrebbe essere già registrata:

{list}

Salvarla comunque come nuova?</source>
        <translation>Questa persona potrebbe essere già registrata:

{list}

Salvarla comunque come nuova?</translation>
    </message>
    <message>
        <source>Possibile doppione</source>
        <translation>Possibile doppione</translation>
    </message>
    <message>
        <source>Salva comunque</source>
        <translation>Salva comunque</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Scegli…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Cerca la persona tra quelle registrate</source>
        <translation>Cerca la persona tra quelle registrate</translation>
    </message>
    <message>
        <source>Togli</source>
        <translation>Togli</translation>
    </message>
    <message>
        <source>nessuna</source>
        <translation>nessuna</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>Scegli la persona</source>
        <translation>Scegli la persona</translation>
    </message>
    <message>
        <source>Cognome, nome, codice fiscale o telefono</source>
        <translation>Cognome, nome, codice fiscale o telefono</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Nascita</source>
        <translation>Nascita</translation>
    </message>
    <message>
        <source>Nucleo</source>
        <translation>Nucleo</translation>
    </message>
    <message>
        <source>Esporta</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>PersonSearchDialog</name>
    <message>
        <source>Cognome e nome, codice fiscale o telefono</source>
        <translation>Cognome e nome, codice fiscale o telefono</translation>
    </message>
    <message>
        <source>Persone trovate</source>
        <translation>Persone trovate</translation>
    </message>
    <message>
        <source>Scegli</source>
        <translation>Scegli</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Nuova persona…</source>
        <translation>&amp;Nuova persona…</translation>
    </message>
    <message>
        <source>Registra chi non è ancora registrato: nome, telefono e consenso (Alt+N)</source>
        <translation>Registra chi non è ancora registrato: nome, telefono e consenso (Alt+N)</translation>
    </message>
    <message>
        <source>Scrivere il nome della persona.</source>
        <translation>Scrivere il nome della persona.</translation>
    </message>
    <message>
        <source>Nessuna persona trovata: «Nuova persona…» per registrarla.</source>
        <translation>Nessuna persona trovata: «Nuova persona…» per registrarla.</translation>
    </message>
    <message>
        <source>Nessuna persona trovata.</source>
        <translation>Nessuna persona trovata.</translation>
    </message>
    <message>
        <source>{total} trovate, mostrate le prime {shown}: scrivere di più.</source>
        <translation>{total} trovate, mostrate le prime {shown}: scrivere di più.</translation>
    </message>
    <message>
        <source>{n} trovate</source>
        <translation>{n} trovate</translation>
    </message>
    <message>
        <source>1 trovata</source>
        <translation>1 trovata</translation>
    </message>
</context>
<context>
    <name>PersonWorkDialog</name>
    <message>
        <source>Lavoro – {name}</source>
        <translation>Lavoro – {name}</translation>
    </message>
    <message>
        <source>Offerta</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>Impresa</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <source>Punteggio</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Candidatura</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <source>Motivi</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <source>Offerte adatte</source>
        <translation>Offerte adatte</translation>
    </message>
    <message>
        <source>Ospitante</source>
        <translation>Ospitante</translation>
    </message>
    <message>
        <source>Dal</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Al</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Indennità</source>
        <translation>Indennità</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Mesi registrati</source>
        <translation>Mesi registrati</translation>
    </message>
    <message>
        <source>Tirocini</source>
        <translation>Tirocini</translation>
    </message>
    <message>
        <source>Profi&amp;lo lavoro…</source>
        <translation>Profi&amp;lo lavoro…</translation>
    </message>
    <message>
        <source>&amp;Proponi</source>
        <translation>&amp;Proponi</translation>
    </message>
    <message>
        <source>Nuovo &amp;tirocinio…</source>
        <translation>Nuovo &amp;tirocinio…</translation>
    </message>
    <message>
        <source>&amp;Mese di presenze…</source>
        <translation>&amp;Mese di presenze…</translation>
    </message>
    <message>
        <source>&amp;Griglia presenze…</source>
        <translation>&amp;Griglia presenze…</translation>
    </message>
    <message>
        <source>&amp;Assunzione…</source>
        <translation>&amp;Assunzione…</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Nessun profilo lavoro: «Profilo lavoro…» (Alt+L) per registrarlo.</source>
        <translation>Nessun profilo lavoro: «Profilo lavoro…» (Alt+L) per registrarlo.</translation>
    </message>
    <message>
        <source>Profilo lavoro: {status}</source>
        <translation>Profilo lavoro: {status}</translation>
    </message>
    <message>
        <source>il soggetto ospitante avrebbe {count} tirocini attivi, più dei {cap} consentiti per la sua dimensione ({employees} addetti)</source>
        <translation>il soggetto ospitante avrebbe {count} tirocini attivi, più dei {cap} consentiti per la sua dimensione ({employees} addetti)</translation>
    </message>
    <message>
        <source>Attenzione: {text}</source>
        <translation>Attenzione: {text}</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Cognome e nome</source>
        <translation>Cognome e nome</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Data di nascita</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Nucleo</source>
        <translation>Nucleo</translation>
    </message>
    <message>
        <source>Persone</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Cerca per cognome, nome, codice fiscale o telefono (Ctrl+F)</source>
        <translation>Cerca per cognome, nome, codice fiscale o telefono (Ctrl+F)</translation>
    </message>
    <message>
        <source>In grassetto la persona di riferimento del nucleo. Invio apre il nucleo familiare.</source>
        <translation>In grassetto la persona di riferimento del nucleo. Invio apre il nucleo familiare.</translation>
    </message>
    <message>
        <source>Nessuna persona trovata.</source>
        <translation>Nessuna persona trovata.</translation>
    </message>
    <message>
        <source>Nessuna persona registrata.</source>
        <translation>Nessuna persona registrata.</translation>
    </message>
    <message>
        <source>{total} persone trovate: mostrate le prime {shown}. Scrivere di più per restringere.</source>
        <translation>{total} persone trovate: mostrate le prime {shown}. Scrivere di più per restringere.</translation>
    </message>
    <message>
        <source>{n} persone</source>
        <translation>{n} persone</translation>
    </message>
    <message>
        <source>1 persona</source>
        <translation>1 persona</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>sì</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Foto: sì (consenso alle immagini valido)</source>
        <translation>Foto: sì (consenso alle immagini valido)</translation>
    </message>
    <message>
        <source>Foto: no. Nessun consenso alle immagini valido: non fotografarla/o e non pubblicarne immagini.</source>
        <translation>Foto: no. Nessun consenso alle immagini valido: non fotografarla/o e non pubblicarne immagini.</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Cerca per nome, comune o indirizzo (Ctrl+F)</source>
        <translation>Cerca per nome, comune o indirizzo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nuovo punto diffuso (Ctrl+N)</source>
        <translation>Nuovo punto diffuso (Ctrl+N)</translation>
    </message>
    <message>
        <source>Modifica</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Modifica il luogo scelto (Invio)</source>
        <translation>Modifica il luogo scelto (Invio)</translation>
    </message>
    <message>
        <source>Elimina</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Elimina il luogo scelto (Canc)</source>
        <translation>Elimina il luogo scelto (Canc)</translation>
    </message>
    <message>
        <source>Invio modifica il luogo scelto.</source>
        <translation>Invio modifica il luogo scelto.</translation>
    </message>
    <message>
        <source>Nessun luogo trovato.</source>
        <translation>Nessun luogo trovato.</translation>
    </message>
    <message>
        <source>Nessun punto diffuso: «Nuovo punto diffuso» (Ctrl+N).</source>
        <translation>Nessun punto diffuso: «Nuovo punto diffuso» (Ctrl+N).</translation>
    </message>
    <message>
        <source>1 luogo</source>
        <translation>1 luogo</translation>
    </message>
    <message>
        <source>{n} luoghi</source>
        <translation>{n} luoghi</translation>
    </message>
    <message>
        <source>Elimina luogo</source>
        <translation>Elimina luogo</translation>
    </message>
    <message>
        <source>Eliminare «{name}»? Laboratori e incontri che lo nominano non lo mostreranno più.</source>
        <translation>Eliminare «{name}»? Laboratori e incontri che lo nominano non lo mostreranno più.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Consenso</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Dato il</source>
        <translation>Dato il</translation>
    </message>
    <message>
        <source>Da</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Revocato il</source>
        <translation>Revocato il</translation>
    </message>
    <message>
        <source>Valido oggi</source>
        <translation>Valido oggi</translation>
    </message>
    <message>
        <source>sì</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Consensi</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Progetto</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Scuola</source>
        <translation>Scuola</translation>
    </message>
    <message>
        <source>Ente ospitante</source>
        <translation>Ente ospitante</translation>
    </message>
    <message>
        <source>Inizio</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Ore svolte</source>
        <translation>Ore svolte</translation>
    </message>
    <message>
        <source>Ore richieste</source>
        <translation>Ore richieste</translation>
    </message>
    <message>
        <source>Formazione scuola-lavoro</source>
        <translation>Formazione scuola-lavoro</translation>
    </message>
    <message>
        <source>Gruppo o laboratorio</source>
        <translation>Gruppo o laboratorio</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Conduttore</source>
        <translation>Conduttore</translation>
    </message>
    <message>
        <source>Iscritto/a il</source>
        <translation>Iscritto/a il</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Gruppi e laboratori</source>
        <translation>Gruppi e laboratori</translation>
    </message>
    <message>
        <source>Nuovo &amp;consenso</source>
        <translation>Nuovo &amp;consenso</translation>
    </message>
    <message>
        <source>Nuova &amp;esperienza scuola-lavoro</source>
        <translation>Nuova &amp;esperienza scuola-lavoro</translation>
    </message>
    <message>
        <source>&amp;Registro ore</source>
        <translation>&amp;Registro ore</translation>
    </message>
    <message>
        <source>Le ore dell&apos;esperienza scelta (Invio)</source>
        <translation>Le ore dell&apos;esperienza scelta (Invio)</translation>
    </message>
    <message>
        <source>Stampa &amp;modulo di consenso</source>
        <translation>Stampa &amp;modulo di consenso</translation>
    </message>
    <message>
        <source>{name}, nato/a il {born}</source>
        <translation>{name}, nato/a il {born}</translation>
    </message>
    <message>
        <source>Minorenne: per laboratori e scuola-lavoro conta il consenso di un genitore o del tutore.</source>
        <translation>Minorenne: per laboratori e scuola-lavoro conta il consenso di un genitore o del tutore.</translation>
    </message>
    <message>
        <source>Modulo di consenso</source>
        <translation>Modulo di consenso</translation>
    </message>
    <message>
        <source>Registrare ora il consenso alla formazione scuola-lavoro dato da un genitore o dal tutore?</source>
        <translation>Registrare ora il consenso alla formazione scuola-lavoro dato da un genitore o dal tutore?</translation>
    </message>
    <message>
        <source>Manca il consenso</source>
        <translation>Manca il consenso</translation>
    </message>
    <message>
        <source>Registra il consenso</source>
        <translation>Registra il consenso</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Anteprima di stampa</source>
        <translation>Anteprima di stampa</translation>
    </message>
    <message>
        <source>{n} pagine, formato A4</source>
        <translation>{n} pagine, formato A4</translation>
    </message>
    <message>
        <source>1 pagina, formato A4</source>
        <translation>1 pagina, formato A4</translation>
    </message>
    <message>
        <source>L&apos;anteprima delle pagine non è disponibile in questa installazione. «Apri anteprima» apre il documento nel visualizzatore PDF del computer; «Stampa» lo apre pronto da stampare (Ctrl+P nel visualizzatore).</source>
        <translation>L&apos;anteprima delle pagine non è disponibile in questa installazione. «Apri anteprima» apre il documento nel visualizzatore PDF del computer; «Stampa» lo apre pronto da stampare (Ctrl+P nel visualizzatore).</translation>
    </message>
    <message>
        <source>Apri anteprima</source>
        <translation>Apri anteprima</translation>
    </message>
    <message>
        <source>Stampa… (Ctrl+P)</source>
        <translation>Stampa… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Salva PDF… (Ctrl+S)</source>
        <translation>Salva PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Il documento è aperto nel visualizzatore PDF: stampare da lì (Ctrl+P).</source>
        <translation>Il documento è aperto nel visualizzatore PDF: stampare da lì (Ctrl+P).</translation>
    </message>
    <message>
        <source>Inviato alla stampante.</source>
        <translation>Inviato alla stampante.</translation>
    </message>
    <message>
        <source>Impossibile salvare il file: {reason}</source>
        <translation>Impossibile salvare il file: {reason}</translation>
    </message>
    <message>
        <source>Salvato in {path}</source>
        <translation>Salvato in {path}</translation>
    </message>
    <message>
        <source>Salva PDF</source>
        <translation>Salva PDF</translation>
    </message>
    <message>
        <source>Documenti PDF (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Impossibile preparare il documento: {reason}</source>
        <translation>Impossibile preparare il documento: {reason}</translation>
    </message>
    <message>
        <source>Nessun visualizzatore PDF trovato: usare «Salva PDF» e aprire il file.</source>
        <translation>Nessun visualizzatore PDF trovato: usare «Salva PDF» e aprire il file.</translation>
    </message>
    <message>
        <source>Stampa</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Scheda {n} di {total}</source>
        <translation>Scheda {n} di {total}</translation>
    </message>
    <message>
        <source>Preparazione delle schede di accoglienza…</source>
        <translation>Preparazione delle schede di accoglienza…</translation>
    </message>
    <message>
        <source>Schede di accoglienza</source>
        <translation>Schede di accoglienza</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Salva</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>il nucleo</source>
        <translation>il nucleo</translation>
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <source>sì</source>
        <translation>sì</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>genera – password dimenticata</source>
        <translation>genera – password dimenticata</translation>
    </message>
    <message>
        <source>Imposta la nuova password</source>
        <translation>Imposta la nuova password</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Se nessun amministratore ricorda la password, la chiave di recupero stampata all&apos;installazione permette di sceglierne una nuova.</source>
        <translation>Se nessun amministratore ricorda la password, la chiave di recupero stampata all&apos;installazione permette di sceglierne una nuova.</translation>
    </message>
    <message>
        <source>Chiave di recupero</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <source>Amministratore</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Nuova password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>Ripetete la password</source>
        <translation>Ripetete la password</translation>
    </message>
    <message>
        <source>Il nome utente con cui l&apos;amministratore accede</source>
        <translation>Il nome utente con cui l&apos;amministratore accede</translation>
    </message>
    <message>
        <source>La chiave di recupero non apre questo archivio.</source>
        <translation>La chiave di recupero non apre questo archivio.</translation>
    </message>
    <message>
        <source>Nessun amministratore con questo nome.</source>
        <translation>Nessun amministratore con questo nome.</translation>
    </message>
    <message>
        <source>Scrivere la chiave di recupero</source>
        <translation>Scrivere la chiave di recupero</translation>
    </message>
    <message>
        <source>La chiave ha 40 lettere e cifre: 8 gruppi di 5. Ne sono state scritte {n}.</source>
        <translation>La chiave ha 40 lettere e cifre: 8 gruppi di 5. Ne sono state scritte {n}.</translation>
    </message>
    <message>
        <source>Scrivere il nome utente dell&apos;amministratore</source>
        <translation>Scrivere il nome utente dell&apos;amministratore</translation>
    </message>
    <message>
        <source>Le due password sono diverse</source>
        <translation>Le due password sono diverse</translation>
    </message>
    <message>
        <source>La chiave usata non vale più: questa è la nuova chiave di recupero. Viene mostrata una sola volta: salvatela, stampatela e conservate il foglio al posto di quello vecchio.</source>
        <translation>La chiave usata non vale più: questa è la nuova chiave di recupero. Viene mostrata una sola volta: salvatela, stampatela e conservate il foglio al posto di quello vecchio.</translation>
    </message>
    <message>
        <source>La password di {name} è cambiata.</source>
        <translation>La password di {name} è cambiata.</translation>
    </message>
    <message>
        <source>Accedi</source>
        <translation>Accedi</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Chiave di recupero</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <source>Se tutti gli amministratori dimenticano la password, solo questa chiave riapre l&apos;archivio. Viene mostrata una sola volta: salvatela e stampatela ora.</source>
        <translation>Se tutti gli amministratori dimenticano la password, solo questa chiave riapre l&apos;archivio. Viene mostrata una sola volta: salvatela e stampatela ora.</translation>
    </message>
    <message>
        <source>Ho conservato la chiave di recupero</source>
        <translation>Ho conservato la chiave di recupero</translation>
    </message>
    <message>
        <source>È una rete dimostrativa: i dati sono inventati e la chiave serve solo per provare.</source>
        <translation>È una rete dimostrativa: i dati sono inventati e la chiave serve solo per provare.</translation>
    </message>
</context>
<context>
    <name>RequesterDialog</name>
    <message>
        <source>Chi richiede i dati</source>
        <translation>Chi richiede i dati</translation>
    </message>
    <message>
        <source>La persona è minorenne: i suoi dati si consegnano a un genitore o al tutore che li richiede. Il suo nome resta nel registro accessi e nel documento.</source>
        <translation>La persona è minorenne: i suoi dati si consegnano a un genitore o al tutore che li richiede. Il suo nome resta nel registro accessi e nel documento.</translation>
    </message>
    <message>
        <source>Nome e cognome di chi richiede</source>
        <translation>Nome e cognome di chi richiede</translation>
    </message>
    <message>
        <source>Genitore</source>
        <translation>Genitore</translation>
    </message>
    <message>
        <source>Tutore</source>
        <translation>Tutore</translation>
    </message>
    <message>
        <source>Richiede come</source>
        <translation>Richiede come</translation>
    </message>
    <message>
        <source>&amp;Nome e cognome</source>
        <translation>&amp;Nome e cognome</translation>
    </message>
    <message>
        <source>&amp;Richiede come</source>
        <translation>&amp;Richiede come</translation>
    </message>
    <message>
        <source>Scrivere il nome di chi richiede i dati.</source>
        <translation>Scrivere il nome di chi richiede i dati.</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <source>Ripristinare la copia?</source>
        <translation>Ripristinare la copia?</translation>
    </message>
    <message>
        <source>La copia del {date} ({size}) sostituirà l&apos;intero archivio di questa postazione.

• Quanto è stato scritto qui dopo quella data non ci sarà più.
• L&apos;archivio attuale non viene cancellato: resta conservato a parte, nella cartella dei dati.
• genera chiuderà questa finestra e chiederà di accedere di nuovo.

Per confermare scrivete la password di {user} com&apos;era quando è stata fatta la copia.</source>
        <translation>La copia del {date} ({size}) sostituirà l&apos;intero archivio di questa postazione.

• Quanto è stato scritto qui dopo quella data non ci sarà più.
• L&apos;archivio attuale non viene cancellato: resta conservato a parte, nella cartella dei dati.
• genera chiuderà questa finestra e chiederà di accedere di nuovo.

Per confermare scrivete la password di {user} com&apos;era quando è stata fatta la copia.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ripristina</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source> minuti</source>
        <translation> minuti</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>&amp;Blocca la sessione dopo un&apos;inattività di</source>
        <translation>&amp;Blocca la sessione dopo un&apos;inattività di</translation>
    </message>
    <message>
        <source>Dopo questo tempo senza usare tastiera o mouse i dati si nascondono e serve la password per riprendere. «mai» solo su un computer che nessun altro può avvicinare.</source>
        <translation>Dopo questo tempo senza usare tastiera o mouse i dati si nascondono e serve la password per riprendere. «mai» solo su un computer che nessun altro può avvicinare.</translation>
    </message>
    <message>
        <source>Solo un amministratore può cambiare questo tempo.</source>
        <translation>Solo un amministratore può cambiare questo tempo.</translation>
    </message>
    <message>
        <source>Salvato: la sessione si blocca dopo {n} minuti.</source>
        <translation>Salvato: la sessione si blocca dopo {n} minuti.</translation>
    </message>
    <message>
        <source>Salvato: la sessione non si blocca più da sola.</source>
        <translation>Salvato: la sessione non si blocca più da sola.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>giornaliera</source>
        <translation>giornaliera</translation>
    </message>
    <message>
        <source>settimanale</source>
        <translation>settimanale</translation>
    </message>
    <message>
        <source>in più (tolta alla prossima chiusura)</source>
        <translation>in più (tolta alla prossima chiusura)</translation>
    </message>
    <message>
        <source>salvata a mano</source>
        <translation>salvata a mano</translation>
    </message>
    <message>
        <source>Impostazioni</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Copie di sicurezza</source>
        <translation>&amp;Copie di sicurezza</translation>
    </message>
    <message>
        <source>&amp;Lingua</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Sessione</source>
        <translation>&amp;Sessione</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Copia non ripristinabile</source>
        <translation>Copia non ripristinabile</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>genera – prima configurazione</source>
        <translation>genera – prima configurazione</translation>
    </message>
    <message>
        <source>&lt; Indietro</source>
        <translation>&lt; Indietro</translation>
    </message>
    <message>
        <source>Avanti &gt;</source>
        <translation>Avanti &gt;</translation>
    </message>
    <message>
        <source>Crea</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Inizia a lavorare</source>
        <translation>Inizia a lavorare</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Crea la rete (questa postazione è il coordinamento)</source>
        <translation>Crea la rete (questa postazione è il coordinamento)</translation>
    </message>
    <message>
        <source>Per il coordinamento del progetto: raccoglie i dati dei punti di comunità e dei custodi sociali.</source>
        <translation>Per il coordinamento del progetto: raccoglie i dati dei punti di comunità e dei custodi sociali.</translation>
    </message>
    <message>
        <source>Prova con una rete dimostrativa</source>
        <translation>Prova con una rete dimostrativa</translation>
    </message>
    <message>
        <source>Un archivio con famiglie inventate, per imparare a usare l&apos;applicazione. Nessun dato vero.</source>
        <translation>Un archivio con famiglie inventate, per imparare a usare l&apos;applicazione. Nessun dato vero.</translation>
    </message>
    <message>
        <source>Unisciti a una rete</source>
        <translation>Unisciti a una rete</translation>
    </message>
    <message>
        <source>Per un punto di comunità o il portatile di un custode sociale: serve il file di invito preparato dal coordinamento.</source>
        <translation>Per un punto di comunità o il portatile di un custode sociale: serve il file di invito preparato dal coordinamento.</translation>
    </message>
    <message>
        <source>Coordinamento di prova</source>
        <translation>Coordinamento di prova</translation>
    </message>
    <message>
        <source>Chiave di recupero</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <source>La chiave di recupero non sarà più mostrata. Chiudere comunque?</source>
        <translation>La chiave di recupero non sarà più mostrata. Chiudere comunque?</translation>
    </message>
</context>
<context>
    <name>SkillsPart</name>
    <message>
        <source>Offre o cerca</source>
        <translation>Offre o cerca</translation>
    </message>
    <message>
        <source>Competenza</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Abbinamenti</source>
        <translation>Abbinamenti</translation>
    </message>
    <message>
        <source>Scambio di competenze</source>
        <translation>Scambio di competenze</translation>
    </message>
    <message>
        <source>&amp;Scambio di competenze…</source>
        <translation>&amp;Scambio di competenze…</translation>
    </message>
    <message>
        <source>Chiudi scambio</source>
        <translation>Chiudi scambio</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>coordinamento</source>
        <translation>coordinamento</translation>
    </message>
    <message>
        <source>punto di comunità</source>
        <translation>punto di comunità</translation>
    </message>
    <message>
        <source>portatile del custode sociale</source>
        <translation>portatile del custode sociale</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>{file}: da «{site}»: già importato, nulla è cambiato.</source>
        <translation>{file}: da «{site}»: già importato, nulla è cambiato.</translation>
    </message>
    <message>
        <source>{file}: da «{site}»: {applied} modifiche applicate, {known} già presenti.</source>
        <translation>{file}: da «{site}»: {applied} modifiche applicate, {known} già presenti.</translation>
    </message>
    <message>
        <source>mancano i pacchetti n. {numbers} di questa postazione (persi per strada?): il loro contenuto arriverà con i prossimi</source>
        <translation>mancano i pacchetti n. {numbers} di questa postazione (persi per strada?): il loro contenuto arriverà con i prossimi</translation>
    </message>
    <message>
        <source>arrivato dopo un pacchetto più recente</source>
        <translation>arrivato dopo un pacchetto più recente</translation>
    </message>
    <message>
        <source>iscrizione completata, impronta {fp}</source>
        <translation>iscrizione completata, impronta {fp}</translation>
    </message>
    <message>
        <source>{n} modifiche in conflitto da rivedere</source>
        <translation>{n} modifiche in conflitto da rivedere</translation>
    </message>
    <message>
        <source>{n} modifiche con data nel futuro messe da parte</source>
        <translation>{n} modifiche con data nel futuro messe da parte</translation>
    </message>
    <message>
        <source>{n} modifiche rifiutate: dati non più di competenza di quella postazione</source>
        <translation>{n} modifiche rifiutate: dati non più di competenza di quella postazione</translation>
    </message>
    <message>
        <source>{n} dati non più di competenza di questa postazione tolti da qui</source>
        <translation>{n} dati non più di competenza di questa postazione tolti da qui</translation>
    </message>
    <message>
        <source>l&apos;orologio di questo computer era avanti: correggere data e ora</source>
        <translation>l&apos;orologio di questo computer era avanti: correggere data e ora</translation>
    </message>
    <message>
        <source>{file}: NON importato. {reason} Nulla è stato applicato.</source>
        <translation>{file}: NON importato. {reason} Nulla è stato applicato.</translation>
    </message>
    <message>
        <source>Pacchetti importati: {ok} di {total}.</source>
        <translation>Pacchetti importati: {ok} di {total}.</translation>
    </message>
    <message>
        <source>Importazione interrotta: {n} pacchetti non importati.</source>
        <translation>Importazione interrotta: {n} pacchetti non importati.</translation>
    </message>
    <message>
        <source>Pacchetto n. {seq} per «{site}» salvato in {file}: {changes} modifiche.</source>
        <translation>Pacchetto n. {seq} per «{site}» salvato in {file}: {changes} modifiche.</translation>
    </message>
    <message>
        <source>Sincronizzazione</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Prepara il pacchetto per il coordinamento…</source>
        <translation>Prepara il pacchetto per il coordinamento…</translation>
    </message>
    <message>
        <source>Importa pacchetti…</source>
        <translation>Importa pacchetti…</translation>
    </message>
    <message>
        <source>Importa la cartella della settimana…</source>
        <translation>Importa la cartella della settimana…</translation>
    </message>
    <message>
        <source>Prepara un pacchetto per ogni postazione…</source>
        <translation>Prepara un pacchetto per ogni postazione…</translation>
    </message>
    <message>
        <source>Si possono anche trascinare qui i file .genera da importare.</source>
        <translation>Si possono anche trascinare qui i file .genera da importare.</translation>
    </message>
    <message>
        <source>Postazioni della rete</source>
        <translation>Postazioni della rete</translation>
    </message>
    <message>
        <source>Postazione</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Impronta della chiave</source>
        <translation>Impronta della chiave</translation>
    </message>
    <message>
        <source>Ultimo pacchetto ricevuto</source>
        <translation>Ultimo pacchetto ricevuto</translation>
    </message>
    <message>
        <source>Ultimo pacchetto inviato</source>
        <translation>Ultimo pacchetto inviato</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Pacchetti mancanti</source>
        <translation>Pacchetti mancanti</translation>
    </message>
    <message>
        <source>Nessuna altra postazione nella rete. Con «Invita una postazione…» si prepara il file d&apos;invito per un punto di comunità o per il portatile di un custode.</source>
        <translation>Nessuna altra postazione nella rete. Con «Invita una postazione…» si prepara il file d&apos;invito per un punto di comunità o per il portatile di un custode.</translation>
    </message>
    <message>
        <source>Invita una postazione…</source>
        <translation>Invita una postazione…</translation>
    </message>
    <message>
        <source>Escludi dalla rete…</source>
        <translation>Escludi dalla rete…</translation>
    </message>
    <message>
        <source>Questa postazione non fa ancora parte di una rete.</source>
        <translation>Questa postazione non fa ancora parte di una rete.</translation>
    </message>
    <message>
        <source>Rete «{network}» · postazione «{site}» · {role}</source>
        <translation>Rete «{network}» · postazione «{site}» · {role}</translation>
    </message>
    <message>
        <source>punto {code}</source>
        <translation>punto {code}</translation>
    </message>
    <message>
        <source>Impronta della chiave di questa postazione: {fp}</source>
        <translation>Impronta della chiave di questa postazione: {fp}</translation>
    </message>
    <message>
        <source>Ultimo pacchetto ricevuto dal coordinamento: {last_in} · ultimo preparato per il coordinamento: {last_out}</source>
        <translation>Ultimo pacchetto ricevuto dal coordinamento: {last_in} · ultimo preparato per il coordinamento: {last_out}</translation>
    </message>
    <message>
        <source>Postazione nuova: il primo passo è il suo pacchetto per il coordinamento. Finché il coordinamento non l&apos;ha importato, non può preparare pacchetti per questa postazione.</source>
        <translation>Postazione nuova: il primo passo è il suo pacchetto per il coordinamento. Finché il coordinamento non l&apos;ha importato, non può preparare pacchetti per questa postazione.</translation>
    </message>
    <message>
        <source>Il pacchetto è stato preparato il {when}: fatelo arrivare al coordinamento (chiavetta USB o e-mail), poi importate qui quello che il coordinamento vi manda.</source>
        <translation>Il pacchetto è stato preparato il {when}: fatelo arrivare al coordinamento (chiavetta USB o e-mail), poi importate qui quello che il coordinamento vi manda.</translation>
    </message>
    <message>
        <source>Preparatelo con «Prepara il pacchetto per il coordinamento…» e fatelo arrivare al coordinamento (chiavetta USB o e-mail).</source>
        <translation>Preparatelo con «Prepara il pacchetto per il coordinamento…» e fatelo arrivare al coordinamento (chiavetta USB o e-mail).</translation>
    </message>
    <message>
        <source> e altri {n}</source>
        <translation> e altri {n}</translation>
    </message>
    <message>
        <source>esclusa dalla rete</source>
        <translation>esclusa dalla rete</translation>
    </message>
    <message>
        <source>invitata: si attende il primo pacchetto</source>
        <translation>invitata: si attende il primo pacchetto</translation>
    </message>
    <message>
        <source>nessun pacchetto da {n} giorni</source>
        <translation>nessun pacchetto da {n} giorni</translation>
    </message>
    <message>
        <source>attiva</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>Salva il pacchetto</source>
        <translation>Salva il pacchetto</translation>
    </message>
    <message>
        <source>Pacchetto genera (*.genera)</source>
        <translation>Pacchetto genera (*.genera)</translation>
    </message>
    <message>
        <source>Scegli i pacchetti da importare</source>
        <translation>Scegli i pacchetti da importare</translation>
    </message>
    <message>
        <source>Preparazione del pacchetto…</source>
        <translation>Preparazione del pacchetto…</translation>
    </message>
    <message>
        <source>Cartella in cui salvare i pacchetti</source>
        <translation>Cartella in cui salvare i pacchetti</translation>
    </message>
    <message>
        <source>Preparazione dei pacchetti…</source>
        <translation>Preparazione dei pacchetti…</translation>
    </message>
    <message>
        <source>Nessuna postazione iscritta a cui preparare un pacchetto.</source>
        <translation>Nessuna postazione iscritta a cui preparare un pacchetto.</translation>
    </message>
    <message>
        <source>Cartella con i pacchetti della settimana</source>
        <translation>Cartella con i pacchetti della settimana</translation>
    </message>
    <message>
        <source>Nessun pacchetto .genera da importare.</source>
        <translation>Nessun pacchetto .genera da importare.</translation>
    </message>
    <message>
        <source>Importazione dei pacchetti…</source>
        <translation>Importazione dei pacchetti…</translation>
    </message>
    <message>
        <source>Invito per «{site}» salvato in {file}. Impronta del coordinamento da confrontare al telefono: {fp}. Consegnare il file come una chiave: vale una volta sola.</source>
        <translation>Invito per «{site}» salvato in {file}. Impronta del coordinamento da confrontare al telefono: {fp}. Consegnare il file come una chiave: vale una volta sola.</translation>
    </message>
    <message>
        <source>Scegliere nella tabella la postazione da escludere.</source>
        <translation>Scegliere nella tabella la postazione da escludere.</translation>
    </message>
    <message>
        <source>Escludi dalla rete</source>
        <translation>Escludi dalla rete</translation>
    </message>
    <message>
        <source>Escludere «{site}» dalla rete? I suoi pacchetti non saranno più accettati da nessuna postazione.</source>
        <translation>Escludere «{site}» dalla rete? I suoi pacchetti non saranno più accettati da nessuna postazione.</translation>
    </message>
    <message>
        <source>«{site}» è esclusa dalla rete.</source>
        <translation>«{site}» è esclusa dalla rete.</translation>
    </message>
    <message>
        <source>Operazione annullata: non è stato cambiato nulla.</source>
        <translation>Operazione annullata: non è stato cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Annulla (Ctrl+Z)</source>
        <translation>Annulla (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>genera – sessione bloccata</source>
        <translation>genera – sessione bloccata</translation>
    </message>
    <message>
        <source>La sessione di {name} è stata bloccata per inattività.</source>
        <translation>La sessione di {name} è stata bloccata per inattività.</translation>
    </message>
    <message>
        <source>{name} ha bloccato la sessione.</source>
        <translation>{name} ha bloccato la sessione.</translation>
    </message>
    <message>
        <source>Scrivete la password per riprendere il lavoro.</source>
        <translation>Scrivete la password per riprendere il lavoro.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sblocca</source>
        <translation>Sblocca</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Nuovo utente</source>
        <translation>Nuovo utente</translation>
    </message>
    <message>
        <source>es. m.rossi</source>
        <translation>es. m.rossi</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Nome e cognome</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Aree di accesso</source>
        <translation>Aree di accesso</translation>
    </message>
    <message>
        <source>Aggiungi</source>
        <translation>Aggiungi</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Amministratore</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>tutte</source>
        <translation>tutte</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Nome e cognome</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Aree di accesso</source>
        <translation>Aree di accesso</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Attivo</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Disattivato</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Utenti</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Nuovo utente…</source>
        <translation>Nuovo utente…</translation>
    </message>
    <message>
        <source>Reimposta password…</source>
        <translation>Reimposta password…</translation>
    </message>
    <message>
        <source>Disattiva</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Aree di accesso…</source>
        <translation>Aree di accesso…</translation>
    </message>
    <message>
        <source>Quali dati riservati può vedere e modificare (salute, piani)</source>
        <translation>Quali dati riservati può vedere e modificare (salute, piani)</translation>
    </message>
    <message>
        <source>Nuova chiave di recupero…</source>
        <translation>Nuova chiave di recupero…</translation>
    </message>
    <message>
        <source>Per un foglio della chiave di recupero perso o visto da altri</source>
        <translation>Per un foglio della chiave di recupero perso o visto da altri</translation>
    </message>
    <message>
        <source>Utenti attivi: {n} su {total}</source>
        <translation>Utenti attivi: {n} su {total}</translation>
    </message>
    <message>
        <source>Riattiva…</source>
        <translation>Riattiva…</translation>
    </message>
    <message>
        <source>Password di {user} cambiata.</source>
        <translation>Password di {user} cambiata.</translation>
    </message>
    <message>
        <source>Aree di accesso di {user} cambiate.</source>
        <translation>Aree di accesso di {user} cambiate.</translation>
    </message>
    <message>
        <source>Disattivare {user}? Non potrà più accedere finché un amministratore non lo riattiva con una nuova password.</source>
        <translation>Disattivare {user}? Non potrà più accedere finché un amministratore non lo riattiva con una nuova password.</translation>
    </message>
    <message>
        <source>Creare una nuova chiave di recupero? Il foglio attuale smetterà subito di aprire questo archivio e la nuova chiave andrà stampata e conservata al suo posto. I backup fatti prima restano con la chiave vecchia: si aprono ancora con quella, non con la nuova.</source>
        <translation>Creare una nuova chiave di recupero? Il foglio attuale smetterà subito di aprire questo archivio e la nuova chiave andrà stampata e conservata al suo posto. I backup fatti prima restano con la chiave vecchia: si aprono ancora con quella, non con la nuova.</translation>
    </message>
    <message>
        <source>Chiave di recupero sostituita.</source>
        <translation>Chiave di recupero sostituita.</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <source>Offerta: {title}</source>
        <translation>Offerta: {title}</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Punteggio</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Idoneo</source>
        <translation>Idoneo</translation>
    </message>
    <message>
        <source>sì</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Candidatura</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <source>Motivi</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <source>Candidati in ordine di punteggio</source>
        <translation>Candidati in ordine di punteggio</translation>
    </message>
    <message>
        <source>&amp;Proponi</source>
        <translation>&amp;Proponi</translation>
    </message>
    <message>
        <source>Propone la persona selezionata per questa offerta: nasce una candidatura con il punteggio e i motivi di adesso (Alt+P)</source>
        <translation>Propone la persona selezionata per questa offerta: nasce una candidatura con il punteggio e i motivi di adesso (Alt+P)</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Comune: {place}</source>
        <translation>Comune: {place}</translation>
    </message>
    <message>
        <source>Professione: {label}</source>
        <translation>Professione: {label}</translation>
    </message>
    <message>
        <source>Indispensabile: {skills}</source>
        <translation>Indispensabile: {skills}</translation>
    </message>
    <message>
        <source>Patenti: {licences}</source>
        <translation>Patenti: {licences}</translation>
    </message>
    <message>
        <source>Nessun profilo lavoro registrato.</source>
        <translation>Nessun profilo lavoro registrato.</translation>
    </message>
    <message>
        <source>{n} idonei su {total} mostrati. Invio o Alt+P propone la persona selezionata.</source>
        <translation>{n} idonei su {total} mostrati. Invio o Alt+P propone la persona selezionata.</translation>
    </message>
    <message>
        <source>Candidatura registrata per {name}.</source>
        <translation>Candidatura registrata per {name}.</translation>
    </message>
</context>
<context>
    <name>VatEdit</name>
    <message>
        <source>11 cifre</source>
        <translation>11 cifre</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>gg/mm/aaaa o +7</source>
        <translation>gg/mm/aaaa o +7</translation>
    </message>
    <message>
        <source>Visita – {context}</source>
        <translation>Visita – {context}</translation>
    </message>
    <message>
        <source>Modifica visita</source>
        <translation>Modifica visita</translation>
    </message>
    <message>
        <source>Contesto</source>
        <translation>Contesto</translation>
    </message>
    <message>
        <source>— Il contesto nel suo insieme —</source>
        <translation>— Il contesto nel suo insieme —</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>ora</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>&amp;Nucleo</source>
        <translation>&amp;Nucleo</translation>
    </message>
    <message>
        <source>&amp;Persona incontrata</source>
        <translation>&amp;Persona incontrata</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Segnalato da</source>
        <translation>&amp;Segnalato da</translation>
    </message>
    <message>
        <source>&amp;Tipo di contatto</source>
        <translation>&amp;Tipo di contatto</translation>
    </message>
    <message>
        <source>&amp;Esito</source>
        <translation>&amp;Esito</translation>
    </message>
    <message>
        <source>Prossima &amp;visita</source>
        <translation>Prossima &amp;visita</translation>
    </message>
    <message>
        <source>Problemi &amp;rilevati</source>
        <translation>Problemi &amp;rilevati</translation>
    </message>
    <message>
        <source>&amp;Invii e segnalazioni</source>
        <translation>&amp;Invii e segnalazioni</translation>
    </message>
    <message>
        <source>&amp;Azioni intraprese</source>
        <translation>&amp;Azioni intraprese</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Alt+R: ai problemi · Spazio o 1–9 spunta · «+7» = tra 7 giorni · Ctrl+Invio salva</source>
        <translation>Alt+R: ai problemi · Spazio o 1–9 spunta · «+7» = tra 7 giorni · Ctrl+Invio salva</translation>
    </message>
    <message>
        <source>Salva (Ctrl+Invio)</source>
        <translation>Salva (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Salva e stampa scheda (Ctrl+P)</source>
        <translation>Salva e stampa scheda (Ctrl+P)</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>— Nessuno in particolare —</source>
        <translation>— Nessuno in particolare —</translation>
    </message>
    <message>
        <source>Campo obbligatorio</source>
        <translation>Campo obbligatorio</translation>
    </message>
    <message>
        <source>Il nucleo non abita in questo contesto</source>
        <translation>Il nucleo non abita in questo contesto</translation>
    </message>
    <message>
        <source>La persona non fa parte del nucleo</source>
        <translation>La persona non fa parte del nucleo</translation>
    </message>
    <message>
        <source>La prossima visita non può precedere questa</source>
        <translation>La prossima visita non può precedere questa</translation>
    </message>
    <message>
        <source>La visita non è stata salvata. Chiudere senza salvarla?</source>
        <translation>La visita non è stata salvata. Chiudere senza salvarla?</translation>
    </message>
    <message>
        <source>Scheda visita</source>
        <translation>Scheda visita</translation>
    </message>
    <message>
        <source>Scheda visita del {date}</source>
        <translation>Scheda visita del {date}</translation>
    </message>
</context>
<context>
    <name>WeekTab</name>
    <message>
        <source>◀ Settimana prima</source>
        <translation>◀ Settimana prima</translation>
    </message>
    <message>
        <source>La settimana prima (Alt+Sinistra, Pag Su)</source>
        <translation>La settimana prima (Alt+Sinistra, Pag Su)</translation>
    </message>
    <message>
        <source>&amp;Oggi</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Questa settimana (Alt+O)</source>
        <translation>Questa settimana (Alt+O)</translation>
    </message>
    <message>
        <source>Settimana dopo ▶</source>
        <translation>Settimana dopo ▶</translation>
    </message>
    <message>
        <source>La settimana dopo (Alt+Destra, Pag Giù)</source>
        <translation>La settimana dopo (Alt+Destra, Pag Giù)</translation>
    </message>
    <message>
        <source>Chi conduce</source>
        <translation>Chi conduce</translation>
    </message>
    <message>
        <source>Giorno</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Orario</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>Gruppo o laboratorio</source>
        <translation>Gruppo o laboratorio</translation>
    </message>
    <message>
        <source>Luogo</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Argomento</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Conduce</source>
        <translation>Conduce</translation>
    </message>
    <message>
        <source>Incontri della settimana</source>
        <translation>Incontri della settimana</translation>
    </message>
    <message>
        <source>Invio apre le presenze dell&apos;incontro.</source>
        <translation>Invio apre le presenze dell&apos;incontro.</translation>
    </message>
    <message>
        <source>Tutti i conduttori</source>
        <translation>Tutti i conduttori</translation>
    </message>
    <message>
        <source>Settimana dal {first} al {last}</source>
        <translation>Settimana dal {first} al {last}</translation>
    </message>
    <message>
        <source>{n} incontri</source>
        <translation>{n} incontri</translation>
    </message>
    <message>
        <source>1 incontro</source>
        <translation>1 incontro</translation>
    </message>
    <message>
        <source>Nessun incontro di {who} questa settimana.</source>
        <translation>Nessun incontro di {who} questa settimana.</translation>
    </message>
    <message>
        <source>Nessun incontro questa settimana.</source>
        <translation>Nessun incontro questa settimana.</translation>
    </message>
</context>
<context>
    <name>WorkAgenda</name>
    <message>
        <source>Quando</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Che cosa</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Offerta</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>Impresa</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <source>Lavoro: colloqui e candidature senza risposta</source>
        <translation>Lavoro: colloqui e candidature senza risposta</translation>
    </message>
    <message>
        <source>Una candidatura inviata da più di {n} giorni senza risposta è in elenco. Invio apre il nucleo.</source>
        <translation>Una candidatura inviata da più di {n} giorni senza risposta è in elenco. Invio apre il nucleo.</translation>
    </message>
    <message>
        <source>data da fissare</source>
        <translation>data da fissare</translation>
    </message>
    <message>
        <source>inviata il {day}</source>
        <translation>inviata il {day}</translation>
    </message>
    <message>
        <source>Colloquio</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <source>Senza risposta da {n} giorni</source>
        <translation>Senza risposta da {n} giorni</translation>
    </message>
</context>
<context>
    <name>WorkCatalogs</name>
    <message>
        <source>Modifica</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Elimina</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Eliminare «{name}»?</source>
        <translation>Eliminare «{name}»?</translation>
    </message>
    <message>
        <source>Codice</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Misura</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Norma</source>
        <translation>Norma</translation>
    </message>
    <message>
        <source>Dal</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Al</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>previsto dalla legge</source>
        <translation>previsto dalla legge</translation>
    </message>
    <message>
        <source>Incentivi previsti dalla legge</source>
        <translation>Incentivi previsti dalla legge</translation>
    </message>
    <message>
        <source>&amp;Copia in un incentivo modificabile…</source>
        <translation>&amp;Copia in un incentivo modificabile…</translation>
    </message>
    <message>
        <source>Previsti dalla legge (forniti con il programma; un incentivo con lo stesso codice li sostituisce):</source>
        <translation>Previsti dalla legge (forniti con il programma; un incentivo con lo stesso codice li sostituisce):</translation>
    </message>
    <message>
        <source>Cataloghi del lavoro</source>
        <translation>Cataloghi del lavoro</translation>
    </message>
    <message>
        <source>Valgono per tutta la rete: si cambiano solo al coordinamento. Le regole dei tirocini valgono dalla data indicata; senza una regola in vigore si applica la DGR Lombardia 7763/2018.</source>
        <translation>Valgono per tutta la rete: si cambiano solo al coordinamento. Le regole dei tirocini valgono dalla data indicata; senza una regola in vigore si applica la DGR Lombardia 7763/2018.</translation>
    </message>
</context>
<context>
    <name>WorkForms</name>
    <message>
        <source>Profilo lavoro – {name}</source>
        <translation>Profilo lavoro – {name}</translation>
    </message>
</context>
<context>
    <name>WorkIndicators</name>
    <message>
        <source>Piano lavoro</source>
        <translation>Piano lavoro</translation>
    </message>
    <message>
        <source>In cerca di lavoro (profili attivi)</source>
        <translation>In cerca di lavoro (profili attivi)</translation>
    </message>
    <message>
        <source>Colloqui in corso</source>
        <translation>Colloqui in corso</translation>
    </message>
    <message>
        <source>Tirocini avviati</source>
        <translation>Tirocini avviati</translation>
    </message>
    <message>
        <source>Tirocini conclusi</source>
        <translation>Tirocini conclusi</translation>
    </message>
    <message>
        <source>Tirocini diventati assunzioni</source>
        <translation>Tirocini diventati assunzioni</translation>
    </message>
    <message>
        <source>Assunzioni</source>
        <translation>Assunzioni</translation>
    </message>
    <message>
        <source>Tasso di presenza nei tirocini</source>
        <translation>Tasso di presenza nei tirocini</translation>
    </message>
    <message>
        <source>Indennità dovute</source>
        <translation>Indennità dovute</translation>
    </message>
    <message>
        <source>di cui quota del progetto</source>
        <translation>di cui quota del progetto</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>In cerca di lavoro</source>
        <translation>In cerca di lavoro</translation>
    </message>
    <message>
        <source>Tirocini</source>
        <translation>Tirocini</translation>
    </message>
    <message>
        <source>Mese</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Piano lavoro per punto di comunità</source>
        <translation>Piano lavoro per punto di comunità</translation>
    </message>
    <message>
        <source>Piano lavoro per mese</source>
        <translation>Piano lavoro per mese</translation>
    </message>
    <message>
        <source>I conteggi sotto 5 sono indicati «&lt;5», come nei report: possono far riconoscere una persona.</source>
        <translation>I conteggi sotto 5 sono indicati «&lt;5», come nei report: possono far riconoscere una persona.</translation>
    </message>
    <message>
        <source>non indicato</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Candidature per stato: {list}</source>
        <translation>Candidature per stato: {list}</translation>
    </message>
    <message>
        <source>Assunzioni per contratto: {list}</source>
        <translation>Assunzioni per contratto: {list}</translation>
    </message>
</context>
<context>
    <name>WorkMessages</name>
    <message>
        <source>L&apos;indennità mensile ({given}) è sotto il minimo regionale che si applica a questo tirocinio ({least}).</source>
        <translation>L&apos;indennità mensile ({given}) è sotto il minimo regionale che si applica a questo tirocinio ({least}).</translation>
    </message>
    <message>
        <source>Il mese è fuori dal tirocinio (da {first} a {last}).</source>
        <translation>Il mese è fuori dal tirocinio (da {first} a {last}).</translation>
    </message>
    <message>
        <source>L&apos;incentivo {code} non vale alla data dell&apos;assunzione ({day}).</source>
        <translation>L&apos;incentivo {code} non vale alla data dell&apos;assunzione ({day}).</translation>
    </message>
    <message>
        <source>Questa persona ha già un profilo lavoro: modificare quello.</source>
        <translation>Questa persona ha già un profilo lavoro: modificare quello.</translation>
    </message>
    <message>
        <source>Un&apos;offerta di lavoro è di un&apos;impresa o di un&apos;agenzia per il lavoro.</source>
        <translation>Un&apos;offerta di lavoro è di un&apos;impresa o di un&apos;agenzia per il lavoro.</translation>
    </message>
    <message>
        <source>Questa persona è già candidata a questa offerta.</source>
        <translation>Questa persona è già candidata a questa offerta.</translation>
    </message>
    <message>
        <source>Questa persona non ha un profilo lavoro: crearlo prima.</source>
        <translation>Questa persona non ha un profilo lavoro: crearlo prima.</translation>
    </message>
    <message>
        <source>Un tirocinio dura almeno {detail} mesi.</source>
        <translation>Un tirocinio dura almeno {detail} mesi.</translation>
    </message>
    <message>
        <source>Per questa persona un tirocinio dura al massimo {detail} mesi.</source>
        <translation>Per questa persona un tirocinio dura al massimo {detail} mesi.</translation>
    </message>
    <message>
        <source>L&apos;incentivo {detail} non è nel catalogo degli incentivi.</source>
        <translation>L&apos;incentivo {detail} non è nel catalogo degli incentivi.</translation>
    </message>
    <message>
        <source>Esiste già un incentivo con il codice {detail}.</source>
        <translation>Esiste già un incentivo con il codice {detail}.</translation>
    </message>
    <message>
        <source>Il profilo non registra il consenso della persona a condividere il curriculum: la scheda non si stampa.</source>
        <translation>Il profilo non registra il consenso della persona a condividere il curriculum: la scheda non si stampa.</translation>
    </message>
    <message>
        <source>Questo mese del tirocinio è già registrato: modificare quello.</source>
        <translation>Questo mese del tirocinio è già registrato: modificare quello.</translation>
    </message>
    <message>
        <source>L&apos;iscrizione al corso non è ancora completata.</source>
        <translation>L&apos;iscrizione al corso non è ancora completata.</translation>
    </message>
    <message>
        <source>Questo tirocinio ha un&apos;indennità minima regionale ({detail}): l&apos;indennità non si può togliere.</source>
        <translation>Questo tirocinio ha un&apos;indennità minima regionale ({detail}): l&apos;indennità non si può togliere.</translation>
    </message>
    <message>
        <source>Il tirocinio indicato è di un&apos;altra persona.</source>
        <translation>Il tirocinio indicato è di un&apos;altra persona.</translation>
    </message>
    <message>
        <source>Questa persona è già iscritta a questo corso.</source>
        <translation>Questa persona è già iscritta a questo corso.</translation>
    </message>
    <message>
        <source>Non è una professione del catalogo</source>
        <translation>Non è una professione del catalogo</translation>
    </message>
    <message>
        <source>Non è una competenza del catalogo</source>
        <translation>Non è una competenza del catalogo</translation>
    </message>
    <message>
        <source>Scrivere la lingua con il livello, es. it:C1 o en:A2</source>
        <translation>Scrivere la lingua con il livello, es. it:C1 o en:A2</translation>
    </message>
    <message>
        <source>Non può essere prima dell&apos;inizio</source>
        <translation>Non può essere prima dell&apos;inizio</translation>
    </message>
    <message>
        <source>Più di 0 e al massimo {detail} ore</source>
        <translation>Più di 0 e al massimo {detail} ore</translation>
    </message>
    <message>
        <source>Almeno {detail}</source>
        <translation>Almeno {detail}</translation>
    </message>
    <message>
        <source>Scrivere il mese come AAAA-MM</source>
        <translation>Scrivere il mese come AAAA-MM</translation>
    </message>
    <message>
        <source>Deve essere uguale al numero dei giorni segnati ({detail})</source>
        <translation>Deve essere uguale al numero dei giorni segnati ({detail})</translation>
    </message>
    <message>
        <source>Il giorno {detail} è segnato due volte</source>
        <translation>Il giorno {detail} è segnato due volte</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Lavoro</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Cerca per posizione, impresa o comune (Ctrl+F)</source>
        <translation>Cerca per posizione, impresa o comune (Ctrl+F)</translation>
    </message>
    <message>
        <source>Persona…</source>
        <translation>Persona…</translation>
    </message>
    <message>
        <source>Cerca una persona e apre il suo lavoro: profilo, offerte adatte, tirocini (Ctrl+P)</source>
        <translation>Cerca una persona e apre il suo lavoro: profilo, offerte adatte, tirocini (Ctrl+P)</translation>
    </message>
    <message>
        <source>Presenze del mese…</source>
        <translation>Presenze del mese…</translation>
    </message>
    <message>
        <source>I tirocini in corso di un punto in un mese: giorni previsti e di presenza (Ctrl+M)</source>
        <translation>I tirocini in corso di un punto in un mese: giorni previsti e di presenza (Ctrl+M)</translation>
    </message>
    <message>
        <source>Registra una nuova offerta di lavoro (Ctrl+N)</source>
        <translation>Registra una nuova offerta di lavoro (Ctrl+N)</translation>
    </message>
    <message>
        <source>Cataloghi…</source>
        <translation>Cataloghi…</translation>
    </message>
    <message>
        <source>Corsi, incentivi e regole dei tirocini (Ctrl+K)</source>
        <translation>Corsi, incentivi e regole dei tirocini (Ctrl+K)</translation>
    </message>
    <message>
        <source>Tutti gli stati</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Stato dell&apos;offerta</source>
        <translation>Stato dell&apos;offerta</translation>
    </message>
    <message>
        <source>Invio apre l&apos;offerta con i candidati in ordine di punteggio.</source>
        <translation>Invio apre l&apos;offerta con i candidati in ordine di punteggio.</translation>
    </message>
    <message>
        <source>Nessuna offerta: «Nuova offerta» (Ctrl+N) per la prima.</source>
        <translation>Nessuna offerta: «Nuova offerta» (Ctrl+N) per la prima.</translation>
    </message>
    <message>
        <source>Nessuna offerta trovata.</source>
        <translation>Nessuna offerta trovata.</translation>
    </message>
    <message>
        <source>{n} offerte</source>
        <translation>{n} offerte</translation>
    </message>
    <message>
        <source>1 offerta</source>
        <translation>1 offerta</translation>
    </message>
    <message>
        <source>Lavoro: cerca la persona</source>
        <translation>Lavoro: cerca la persona</translation>
    </message>
</context>
<context>
    <name>WorkshopList</name>
    <message>
        <source>Incontri</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Iscritti</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Cerca per titolo, conduttore o descrizione (Ctrl+F)</source>
        <translation>Cerca per titolo, conduttore o descrizione (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nuovo laboratorio (Ctrl+N)</source>
        <translation>Nuovo laboratorio (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tutti gli stati</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Stato del laboratorio</source>
        <translation>Stato del laboratorio</translation>
    </message>
    <message>
        <source>Tutti i temi</source>
        <translation>Tutti i temi</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Tutti i destinatari</source>
        <translation>Tutti i destinatari</translation>
    </message>
    <message>
        <source>Destinatari</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Tutti i luoghi</source>
        <translation>Tutti i luoghi</translation>
    </message>
    <message>
        <source>Luogo</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Tutti i punti</source>
        <translation>Tutti i punti</translation>
    </message>
    <message>
        <source>Punto di comunità</source>
        <translation>Punto di comunità</translation>
    </message>
    <message>
        <source>In grassetto i laboratori in corso. Invio apre il laboratorio.</source>
        <translation>In grassetto i laboratori in corso. Invio apre il laboratorio.</translation>
    </message>
    <message>
        <source>Nessun laboratorio: «Nuovo laboratorio» (Ctrl+N) per il primo.</source>
        <translation>Nessun laboratorio: «Nuovo laboratorio» (Ctrl+N) per il primo.</translation>
    </message>
    <message>
        <source>Nessun laboratorio trovato.</source>
        <translation>Nessun laboratorio trovato.</translation>
    </message>
    <message>
        <source>1 laboratorio</source>
        <translation>1 laboratorio</translation>
    </message>
    <message>
        <source>{n} laboratori</source>
        <translation>{n} laboratori</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Foglio firme…</source>
        <translation>Foglio firme…</translation>
    </message>
    <message>
        <source>Foglio firme dell&apos;incontro scelto, con anteprima (Ctrl+P)</source>
        <translation>Foglio firme dell&apos;incontro scelto, con anteprima (Ctrl+P)</translation>
    </message>
    <message>
        <source>Registro presenze…</source>
        <translation>Registro presenze…</translation>
    </message>
    <message>
        <source>Registro delle presenze di tutti gli incontri</source>
        <translation>Registro delle presenze di tutti gli incontri</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Salva i dati del laboratorio (Ctrl+S)</source>
        <translation>Salva i dati del laboratorio (Ctrl+S)</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Torna all&apos;elenco (Esc)</source>
        <translation>Torna all&apos;elenco (Esc)</translation>
    </message>
    <message>
        <source>&amp;Dati</source>
        <translation>&amp;Dati</translation>
    </message>
    <message>
        <source>Presenti</source>
        <translation>Presenti</translation>
    </message>
    <message>
        <source>Nessun incontro: «Nuovo incontro» (Ins) per aggiungere il primo.</source>
        <translation>Nessun incontro: «Nuovo incontro» (Ins) per aggiungere il primo.</translation>
    </message>
    <message>
        <source>Modifica</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Elimina</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>&amp;Incontri</source>
        <translation>&amp;Incontri</translation>
    </message>
    <message>
        <source>Cognome e nome</source>
        <translation>Cognome e nome</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Nato/a il</source>
        <translation>Nato/a il</translation>
    </message>
    <message>
        <source>Presenze</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Nessun iscritto: «Iscrivi persona» (Ins) cerca tra le persone registrate, «Nuova persona» registra chi non c&apos;è.</source>
        <translation>Nessun iscritto: «Iscrivi persona» (Ins) cerca tra le persone registrate, «Nuova persona» registra chi non c&apos;è.</translation>
    </message>
    <message>
        <source>Iscrivi persona…</source>
        <translation>Iscrivi persona…</translation>
    </message>
    <message>
        <source>Nuova persona…</source>
        <translation>Nuova persona…</translation>
    </message>
    <message>
        <source>Ritirato / iscritto</source>
        <translation>Ritirato / iscritto</translation>
    </message>
    <message>
        <source>Togli iscrizione</source>
        <translation>Togli iscrizione</translation>
    </message>
    <message>
        <source>&amp;Partecipanti</source>
        <translation>&amp;Partecipanti</translation>
    </message>
    <message>
        <source>Partecipanti</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Pr&amp;esenze</source>
        <translation>Pr&amp;esenze</translation>
    </message>
    <message>
        <source>Per segnare le presenze servono almeno un incontro (scheda Incontri) e un iscritto (scheda Partecipanti).</source>
        <translation>Per segnare le presenze servono almeno un incontro (scheda Incontri) e un iscritto (scheda Partecipanti).</translation>
    </message>
    <message>
        <source>Laboratorio</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>{n} incontri</source>
        <translation>{n} incontri</translation>
    </message>
    <message>
        <source>1 incontro</source>
        <translation>1 incontro</translation>
    </message>
    <message>
        <source>{n} iscritti</source>
        <translation>{n} iscritti</translation>
    </message>
    <message>
        <source>1 iscritto</source>
        <translation>1 iscritto</translation>
    </message>
    <message>
        <source>modifiche non salvate</source>
        <translation>modifiche non salvate</translation>
    </message>
    <message>
        <source>&amp;Incontri ({n})</source>
        <translation>&amp;Incontri ({n})</translation>
    </message>
    <message>
        <source>&amp;Partecipanti ({n})</source>
        <translation>&amp;Partecipanti ({n})</translation>
    </message>
    <message>
        <source>Eliminare l&apos;incontro del {date}?</source>
        <translation>Eliminare l&apos;incontro del {date}?</translation>
    </message>
    <message>
        <source>Ha {n} presenze segnate: restano nell&apos;archivio ma non si vedranno più.</source>
        <translation>Ha {n} presenze segnate: restano nell&apos;archivio ma non si vedranno più.</translation>
    </message>
    <message>
        <source>Elimina incontro</source>
        <translation>Elimina incontro</translation>
    </message>
    <message>
        <source>Iscrivi al laboratorio</source>
        <translation>Iscrivi al laboratorio</translation>
    </message>
    <message>
        <source>Chi non è di questo punto si registra qui come contatto: «Nuova persona…».</source>
        <translation>Chi non è di questo punto si registra qui come contatto: «Nuova persona…».</translation>
    </message>
    <message>
        <source>{name} ha presenze segnate: non si toglie l&apos;iscrizione, si segna come ritirato/a (Ctrl+D).</source>
        <translation>{name} ha presenze segnate: non si toglie l&apos;iscrizione, si segna come ritirato/a (Ctrl+D).</translation>
    </message>
    <message>
        <source>Togliere l&apos;iscrizione di {name}?</source>
        <translation>Togliere l&apos;iscrizione di {name}?</translation>
    </message>
    <message>
        <source>Togli</source>
        <translation>Togli</translation>
    </message>
    <message>
        <source>Foglio firme del {date}</source>
        <translation>Foglio firme del {date}</translation>
    </message>
    <message>
        <source>Registro presenze</source>
        <translation>Registro presenze</translation>
    </message>
</context>
<context>
    <name>YouthFileForm</name>
    <message>
        <source>&amp;Scheda</source>
        <translation>&amp;Scheda</translation>
    </message>
    <message>
        <source>Sal&amp;va la scheda</source>
        <translation>Sal&amp;va la scheda</translation>
    </message>
    <message>
        <source>Scrive la scheda (Alt+V, o Invio in un campo)</source>
        <translation>Scrive la scheda (Alt+V, o Invio in un campo)</translation>
    </message>
    <message>
        <source>Nessuna scheda: salvandola la persona entra nel piano.</source>
        <translation>Nessuna scheda: salvandola la persona entra nel piano.</translation>
    </message>
</context>
<context>
    <name>YouthPage</name>
    <message>
        <source>Cognome e nome</source>
        <translation>Cognome e nome</translation>
    </message>
    <message>
        <source>Età</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Nato/a il</source>
        <translation>Nato/a il</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Consensi validi</source>
        <translation>Consensi validi</translation>
    </message>
    <message>
        <source>nessuno</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Scuola e classe</source>
        <translation>Scuola e classe</translation>
    </message>
    <message>
        <source>Educatore</source>
        <translation>Educatore</translation>
    </message>
    <message>
        <source>Adolescenti</source>
        <translation>Adolescenti</translation>
    </message>
    <message>
        <source>Cerca per cognome e nome (Ctrl+F)</source>
        <translation>Cerca per cognome e nome (Ctrl+F)</translation>
    </message>
    <message>
        <source>Anche sotto gli &amp;11 anni</source>
        <translation>Anche sotto gli &amp;11 anni</translation>
    </message>
    <message>
        <source>Mostra anche i bambini sotto gli 11 anni (Alt+1)</source>
        <translation>Mostra anche i bambini sotto gli 11 anni (Alt+1)</translation>
    </message>
    <message>
        <source>Tutti i giovani fino a 2&amp;5 anni</source>
        <translation>Tutti i giovani fino a 2&amp;5 anni</translation>
    </message>
    <message>
        <source>Mostra anche i giovani adulti non ancora seguiti, in grigio: salvando la loro scheda entrano nel piano (Alt+5)</source>
        <translation>Mostra anche i giovani adulti non ancora seguiti, in grigio: salvando la loro scheda entrano nel piano (Alt+5)</translation>
    </message>
    <message>
        <source>Invio apre consensi e scuola-lavoro della persona.</source>
        <translation>Invio apre consensi e scuola-lavoro della persona.</translation>
    </message>
    <message>
        <source>Nessuna persona trovata.</source>
        <translation>Nessuna persona trovata.</translation>
    </message>
    <message>
        <source>Nessun ragazzo dagli 11 anni nei nuclei di questo punto.</source>
        <translation>Nessun ragazzo dagli 11 anni nei nuclei di questo punto.</translation>
    </message>
    <message>
        <source>Nessun minorenne nei nuclei di questo punto.</source>
        <translation>Nessun minorenne nei nuclei di questo punto.</translation>
    </message>
    <message>
        <source>1 minorenne</source>
        <translation>1 minorenne</translation>
    </message>
    <message>
        <source>{n} minorenni</source>
        <translation>{n} minorenni</translation>
    </message>
    <message>
        <source>1 giovane adulto</source>
        <translation>1 giovane adulto</translation>
    </message>
    <message>
        <source>{n} giovani adulti</source>
        <translation>{n} giovani adulti</translation>
    </message>
    <message>
        <source> (non seguiti: {n})</source>
        <translation> (non seguiti: {n})</translation>
    </message>
</context>
<context>
    <name>YouthSection</name>
    <message>
        <source>Parti del piano adolescenti</source>
        <translation>Parti del piano adolescenti</translation>
    </message>
    <message>
        <source>&amp;Ragazzi</source>
        <translation>&amp;Ragazzi</translation>
    </message>
    <message>
        <source>&amp;Gruppi</source>
        <translation>&amp;Gruppi</translation>
    </message>
    <message>
        <source>Setti&amp;mana</source>
        <translation>Setti&amp;mana</translation>
    </message>
</context>
<context>
    <name>YouthWorkshopPage</name>
    <message>
        <source>Foto</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Foto all&apos;incontro…</source>
        <translation>Foto all&apos;incontro…</translation>
    </message>
    <message>
        <source>Foto all&apos;incontro</source>
        <translation>Foto all&apos;incontro</translation>
    </message>
    <message>
        <source>Foto dell&apos;incontro del {date}: che cosa ritraggono e dove sono conservate</source>
        <translation>Foto dell&apos;incontro del {date}: che cosa ritraggono e dove sono conservate</translation>
    </message>
    <message>
        <source>Iscrivi al gruppo</source>
        <translation>Iscrivi al gruppo</translation>
    </message>
    <message>
        <source>Registrare ora il consenso alle attività dato da un genitore o dal tutore?</source>
        <translation>Registrare ora il consenso alle attività dato da un genitore o dal tutore?</translation>
    </message>
    <message>
        <source>Manca il consenso</source>
        <translation>Manca il consenso</translation>
    </message>
    <message>
        <source>Registra il consenso</source>
        <translation>Registra il consenso</translation>
    </message>
</context>
<context>
    <name>ZonesTab</name>
    <message>
        <source>Cerca per comune, zona o accordo (Ctrl+F)</source>
        <translation>Cerca per comune, zona o accordo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nuova zona con la sua fascia (Ctrl+N)</source>
        <translation>Nuova zona con la sua fascia (Ctrl+N)</translation>
    </message>
    <message>
        <source>Invio modifica la zona scelta.</source>
        <translation>Invio modifica la zona scelta.</translation>
    </message>
    <message>
        <source>Le fasce del canone concordato (€/m² al mese) vengono dall&apos;accordo territoriale di ciascun comune. Per questi comuni non ne è stato trovato nessuno: la tabella parte vuota e, finché una zona non ha la sua fascia, il confronto del canone resta «Non verificabile». Indicare la zona nell&apos;alloggio con lo stesso codice.</source>
        <translation>Le fasce del canone concordato (€/m² al mese) vengono dall&apos;accordo territoriale di ciascun comune. Per questi comuni non ne è stato trovato nessuno: la tabella parte vuota e, finché una zona non ha la sua fascia, il confronto del canone resta «Non verificabile». Indicare la zona nell&apos;alloggio con lo stesso codice.</translation>
    </message>
    <message>
        <source>Le zone si inseriscono e si modificano al coordinamento.</source>
        <translation>Le zone si inseriscono e si modificano al coordinamento.</translation>
    </message>
    <message>
        <source>Nessuna zona inserita.</source>
        <translation>Nessuna zona inserita.</translation>
    </message>
    <message>
        <source>1 zona</source>
        <translation>1 zona</translation>
    </message>
    <message>
        <source>{n} zone</source>
        <translation>{n} zone</translation>
    </message>
</context>
<context>
    <name>_GuestsDelegate</name>
    <message>
        <source>Ospiti</source>
        <translation>Ospiti</translation>
    </message>
</context>
<context>
    <name>_PasswordFields</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ripeti la password</source>
        <translation>Ripeti la password</translation>
    </message>
    <message>
        <source>Almeno {n} caratteri (ne mancano {missing})</source>
        <translation>Almeno {n} caratteri (ne mancano {missing})</translation>
    </message>
</context>
<context>
    <name>_ProgressWindow</name>
    <message>
        <source>Operazione in corso</source>
        <translation>Operazione in corso</translation>
    </message>
    <message>
        <source>Attendere…</source>
        <translation>Attendere…</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Errore imprevisto</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>Si è verificato un errore imprevisto. Il lavoro già salvato è al sicuro; se si ripete, rivolgersi all&apos;assistenza indicando l&apos;ora.</source>
        <translation>Si è verificato un errore imprevisto. Il lavoro già salvato è al sicuro; se si ripete, rivolgersi all&apos;assistenza indicando l&apos;ora.</translation>
    </message>
    <message>
        <source>Lingua cambiata.</source>
        <translation>Lingua cambiata.</translation>
    </message>
    <message>
        <source>Ripristino da copia</source>
        <translation>Ripristino da copia</translation>
    </message>
    <message>
        <source>Il ripristino non è riuscito e l&apos;archivio è rimasto com&apos;era.
{reason}</source>
        <translation>Il ripristino non è riuscito e l&apos;archivio è rimasto com&apos;era.
{reason}</translation>
    </message>
    <message>
        <source>L&apos;archivio è stato ripristinato dalla copia del {date}.
L&apos;archivio sostituito è conservato nella cartella dei dati, in «{folder}».
Accedete di nuovo per continuare.</source>
        <translation>L&apos;archivio è stato ripristinato dalla copia del {date}.
L&apos;archivio sostituito è conservato nella cartella dei dati, in «{folder}».
Accedete di nuovo per continuare.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>servono 16 caratteri, o 11 cifre per un codice provvisorio</source>
        <translation>servono 16 caratteri, o 11 cifre per un codice provvisorio</translation>
    </message>
    <message>
        <source>contiene caratteri non ammessi o fuori posto</source>
        <translation>contiene caratteri non ammessi o fuori posto</translation>
    </message>
    <message>
        <source>carattere di controllo errato</source>
        <translation>carattere di controllo errato</translation>
    </message>
    <message>
        <source>la data di nascita non esiste</source>
        <translation>la data di nascita non esiste</translation>
    </message>
    <message>
        <source>il codice del luogo di nascita non esiste</source>
        <translation>il codice del luogo di nascita non esiste</translation>
    </message>
    <message>
        <source>Codice fiscale non valido</source>
        <translation>Codice fiscale non valido</translation>
    </message>
    <message>
        <source>Codice fiscale non valido: {reason}</source>
        <translation>Codice fiscale non valido: {reason}</translation>
    </message>
    <message>
        <source>Data non valida: scrivere gg/mm/aaaa, es. 31/12/2025</source>
        <translation>Data non valida: scrivere gg/mm/aaaa, es. 31/12/2025</translation>
    </message>
    <message>
        <source>Il dato collegato non esiste più</source>
        <translation>Il dato collegato non esiste più</translation>
    </message>
    <message>
        <source>Codice provvisorio (11 cifre)</source>
        <translation>Codice provvisorio (11 cifre)</translation>
    </message>
    <message>
        <source>Codice fiscale valido (omocodia)</source>
        <translation>Codice fiscale valido (omocodia)</translation>
    </message>
    <message>
        <source>Codice fiscale valido</source>
        <translation>Codice fiscale valido</translation>
    </message>
    <message>
        <source>Non corrisponde al codice fiscale</source>
        <translation>Non corrisponde al codice fiscale</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Campo obbligatorio</source>
        <translation>Campo obbligatorio</translation>
    </message>
    <message>
        <source>Testo troppo lungo (al massimo {detail} caratteri)</source>
        <translation>Testo troppo lungo (al massimo {detail} caratteri)</translation>
    </message>
    <message>
        <source>Scegliere uno dei valori proposti</source>
        <translation>Scegliere uno dei valori proposti</translation>
    </message>
    <message>
        <source>Data non valida</source>
        <translation>Data non valida</translation>
    </message>
    <message>
        <source>Scrivere un orario valido, es. 09:30</source>
        <translation>Scrivere un orario valido, es. 09:30</translation>
    </message>
    <message>
        <source>La data di nascita deve essere tra il 1900 e oggi</source>
        <translation>La data di nascita deve essere tra il 1900 e oggi</translation>
    </message>
    <message>
        <source>Numero di telefono non valido (da 6 a 15 cifre)</source>
        <translation>Numero di telefono non valido (da 6 a 15 cifre)</translation>
    </message>
    <message>
        <source>Indirizzo e-mail non valido</source>
        <translation>Indirizzo e-mail non valido</translation>
    </message>
    <message>
        <source>Codice fiscale non valido</source>
        <translation>Codice fiscale non valido</translation>
    </message>
    <message>
        <source>Punto di comunità sconosciuto</source>
        <translation>Punto di comunità sconosciuto</translation>
    </message>
    <message>
        <source>Riferimento non trovato</source>
        <translation>Riferimento non trovato</translation>
    </message>
    <message>
        <source>Da 2 a 12 lettere, cifre, «-» o «_», iniziando con una lettera o una cifra</source>
        <translation>Da 2 a 12 lettere, cifre, «-» o «_», iniziando con una lettera o una cifra</translation>
    </message>
    <message>
        <source>Da 2 a {detail} lettere, cifre, «-» o «_», iniziando con una lettera o una cifra</source>
        <translation>Da 2 a {detail} lettere, cifre, «-» o «_», iniziando con una lettera o una cifra</translation>
    </message>
    <message>
        <source>Già in uso: sceglierne un altro</source>
        <translation>Già in uso: sceglierne un altro</translation>
    </message>
    <message>
        <source>Il numero di pratica, una volta assegnato, non si toglie né si cambia</source>
        <translation>Il numero di pratica, una volta assegnato, non si toglie né si cambia</translation>
    </message>
    <message>
        <source>Non può essere indicato insieme al codice fiscale</source>
        <translation>Non può essere indicato insieme al codice fiscale</translation>
    </message>
    <message>
        <source>La password deve avere almeno {detail} caratteri</source>
        <translation>La password deve avere almeno {detail} caratteri</translation>
    </message>
    <message>
        <source>È una delle password più usate, o fatta come loro (una parola comune o il proprio nome con delle cifre): sceglierne una più difficile da indovinare</source>
        <translation>È una delle password più usate, o fatta come loro (una parola comune o il proprio nome con delle cifre): sceglierne una più difficile da indovinare</translation>
    </message>
    <message>
        <source>Senza spazi né accenti: lettere, cifre, punto o trattino (da 2 a 60)</source>
        <translation>Senza spazi né accenti: lettere, cifre, punto o trattino (da 2 a 60)</translation>
    </message>
    <message>
        <source>Valore diverso da quello della riga {detail}</source>
        <translation>Valore diverso da quello della riga {detail}</translation>
    </message>
    <message>
        <source>Già presente alla riga {detail}</source>
        <translation>Già presente alla riga {detail}</translation>
    </message>
    <message>
        <source>Già importato (nucleo {detail})</source>
        <translation>Già importato (nucleo {detail})</translation>
    </message>
    <message>
        <source>Formula senza valore salvato: aprire il file con il foglio di calcolo e salvarlo di nuovo, oppure scrivere il valore</source>
        <translation>Formula senza valore salvato: aprire il file con il foglio di calcolo e salvarlo di nuovo, oppure scrivere il valore</translation>
    </message>
    <message>
        <source>Fuori dall&apos;ambito di questa postazione</source>
        <translation>Fuori dall&apos;ambito di questa postazione</translation>
    </message>
    <message>
        <source>Scegliere un&apos;organizzazione di tipo scuola</source>
        <translation>Scegliere un&apos;organizzazione di tipo scuola</translation>
    </message>
    <message>
        <source>Scegliere un&apos;organizzazione di tipo agenzia immobiliare</source>
        <translation>Scegliere un&apos;organizzazione di tipo agenzia immobiliare</translation>
    </message>
    <message>
        <source>Non può essere prima della data d&apos;inizio</source>
        <translation>Non può essere prima della data d&apos;inizio</translation>
    </message>
    <message>
        <source>Non può essere inferiore al minimo</source>
        <translation>Non può essere inferiore al minimo</translation>
    </message>
    <message>
        <source>Non può essere prima della data del consenso</source>
        <translation>Non può essere prima della data del consenso</translation>
    </message>
    <message>
        <source>Non può essere prima della data di inizio</source>
        <translation>Non può essere prima della data di inizio</translation>
    </message>
    <message>
        <source>Scrivere l&apos;anno scolastico come 2026/27</source>
        <translation>Scrivere l&apos;anno scolastico come 2026/27</translation>
    </message>
    <message>
        <source>Scrivere un numero intero</source>
        <translation>Scrivere un numero intero</translation>
    </message>
    <message>
        <source>Scrivere un numero</source>
        <translation>Scrivere un numero</translation>
    </message>
    <message>
        <source>Il numero non può essere negativo</source>
        <translation>Il numero non può essere negativo</translation>
    </message>
    <message>
        <source>«{detail}» è scritto due volte</source>
        <translation>«{detail}» è scritto due volte</translation>
    </message>
    <message>
        <source>Scrivere sì o no</source>
        <translation>Scrivere sì o no</translation>
    </message>
    <message>
        <source>Colonna sconosciuta</source>
        <translation>Colonna sconosciuta</translation>
    </message>
    <message>
        <source>Le due password non coincidono</source>
        <translation>Le due password non coincidono</translation>
    </message>
    <message>
        <source>Partita IVA non valida: 11 cifre con la cifra di controllo giusta</source>
        <translation>Partita IVA non valida: 11 cifre con la cifra di controllo giusta</translation>
    </message>
    <message>
        <source>Non è un codice della classificazione ATECO 2025</source>
        <translation>Non è un codice della classificazione ATECO 2025</translation>
    </message>
    <message>
        <source>Senza il consenso al trattamento dei dati non si registra nessuno</source>
        <translation>Senza il consenso al trattamento dei dati non si registra nessuno</translation>
    </message>
    <message>
        <source>Questa postazione non fa ancora parte di una rete.</source>
        <translation>Questa postazione non fa ancora parte di una rete.</translation>
    </message>
    <message>
        <source>Solo il coordinamento può farlo.</source>
        <translation>Solo il coordinamento può farlo.</translation>
    </message>
    <message>
        <source>Punti e contesti abitativi si creano e si modificano al coordinamento.</source>
        <translation>Punti e contesti abitativi si creano e si modificano al coordinamento.</translation>
    </message>
    <message>
        <source>Questo dato è fuori dall&apos;ambito di questa postazione.</source>
        <translation>Questo dato è fuori dall&apos;ambito di questa postazione.</translation>
    </message>
    <message>
        <source>Solo un amministratore può farlo.</source>
        <translation>Solo un amministratore può farlo.</translation>
    </message>
    <message>
        <source>Non puoi disattivare il tuo stesso profilo.</source>
        <translation>Non puoi disattivare il tuo stesso profilo.</translation>
    </message>
    <message>
        <source>Il nucleo familiare è stato eliminato: ripristinarlo prima.</source>
        <translation>Il nucleo familiare è stato eliminato: ripristinarlo prima.</translation>
    </message>
    <message>
        <source>Il punto ha ancora nuclei familiari attivi.</source>
        <translation>Il punto ha ancora nuclei familiari attivi.</translation>
    </message>
    <message>
        <source>Il dato non è eliminato.</source>
        <translation>Il dato non è eliminato.</translation>
    </message>
    <message>
        <source>I dati di questa persona sono stati cancellati (GDPR): non si possono ripristinare.</source>
        <translation>I dati di questa persona sono stati cancellati (GDPR): non si possono ripristinare.</translation>
    </message>
    <message>
        <source>Le famiglie dimostrative sono già state caricate in questo archivio.</source>
        <translation>Le famiglie dimostrative sono già state caricate in questo archivio.</translation>
    </message>
    <message>
        <source>Esiste già un dato con questo identificativo.</source>
        <translation>Esiste già un dato con questo identificativo.</translation>
    </message>
    <message>
        <source>La persona è minorenne il {day}: per iscriverla a un laboratorio serve il consenso alle attività dato da un genitore o dal tutore. Registrare prima il consenso.</source>
        <translation>La persona è minorenne il {day}: per iscriverla a un laboratorio serve il consenso alle attività dato da un genitore o dal tutore. Registrare prima il consenso.</translation>
    </message>
    <message>
        <source>La persona è minorenne il {day}: per la formazione scuola-lavoro serve il consenso dato da un genitore o dal tutore. Registrare prima il consenso.</source>
        <translation>La persona è minorenne il {day}: per la formazione scuola-lavoro serve il consenso dato da un genitore o dal tutore. Registrare prima il consenso.</translation>
    </message>
    <message>
        <source>La persona è minorenne: i suoi dati si esportano su richiesta di un genitore o del tutore, di cui va indicato il nome.</source>
        <translation>La persona è minorenne: i suoi dati si esportano su richiesta di un genitore o del tutore, di cui va indicato il nome.</translation>
    </message>
    <message>
        <source>Per l&apos;esportazione indicare il nome di chi la richiede e se è un genitore o il tutore.</source>
        <translation>Per l&apos;esportazione indicare il nome di chi la richiede e se è un genitore o il tutore.</translation>
    </message>
    <message>
        <source>Tra i presenti all&apos;incontro c&apos;è chi non ha un consenso alle immagini valido (per un minore, di un genitore o del tutore): le foto non si registrano. La colonna «Foto» dei partecipanti dice chi.</source>
        <translation>Tra i presenti all&apos;incontro c&apos;è chi non ha un consenso alle immagini valido (per un minore, di un genitore o del tutore): le foto non si registrano. La colonna «Foto» dei partecipanti dice chi.</translation>
    </message>
    <message>
        <source>Il {day} la persona ha più di 25 anni: il piano segue i ragazzi e i giovani fino a 25 anni.</source>
        <translation>Il {day} la persona ha più di 25 anni: il piano segue i ragazzi e i giovani fino a 25 anni.</translation>
    </message>
    <message>
        <source>La persona ha già una scheda: modificare quella.</source>
        <translation>La persona ha già una scheda: modificare quella.</translation>
    </message>
    <message>
        <source>Manca la data della formazione sulla sicurezza: prima di quella non si registrano ore.</source>
        <translation>Manca la data della formazione sulla sicurezza: prima di quella non si registrano ore.</translation>
    </message>
    <message>
        <source>Non si registrano ore prima della formazione sulla sicurezza (del {day}).</source>
        <translation>Non si registrano ore prima della formazione sulla sicurezza (del {day}).</translation>
    </message>
    <message>
        <source>Ci sono già ore registrate il {day}: la formazione sulla sicurezza non può essere dopo o mancare. Eliminare prima quelle ore.</source>
        <translation>Ci sono già ore registrate il {day}: la formazione sulla sicurezza non può essere dopo o mancare. Eliminare prima quelle ore.</translation>
    </message>
    <message>
        <source>Questa persona è già iscritta al laboratorio.</source>
        <translation>Questa persona è già iscritta al laboratorio.</translation>
    </message>
    <message>
        <source>La persona appartiene a un nucleo di un altro punto: registrarla in questo punto come contatto.</source>
        <translation>La persona appartiene a un nucleo di un altro punto: registrarla in questo punto come contatto.</translation>
    </message>
    <message>
        <source>La persona non è iscritta al laboratorio di questo incontro.</source>
        <translation>La persona non è iscritta al laboratorio di questo incontro.</translation>
    </message>
    <message>
        <source>La presenza di questa persona a questo incontro è già registrata.</source>
        <translation>La presenza di questa persona a questo incontro è già registrata.</translation>
    </message>
    <message>
        <source>Laboratorio, incontro e persona non si cambiano: eliminare il dato e crearne uno nuovo.</source>
        <translation>Laboratorio, incontro e persona non si cambiano: eliminare il dato e crearne uno nuovo.</translation>
    </message>
    <message>
        <source>Per accogliere o respingere un&apos;iniziativa serve la data della decisione.</source>
        <translation>Per accogliere o respingere un&apos;iniziativa serve la data della decisione.</translation>
    </message>
    <message>
        <source>Il sostegno si concede solo a un&apos;iniziativa accolta, in corso o conclusa.</source>
        <translation>Il sostegno si concede solo a un&apos;iniziativa accolta, in corso o conclusa.</translation>
    </message>
    <message>
        <source>Dare un nome alla nuova postazione.</source>
        <translation>Dare un nome alla nuova postazione.</translation>
    </message>
    <message>
        <source>Scegliere se è un punto di comunità o un portatile.</source>
        <translation>Scegliere se è un punto di comunità o un portatile.</translation>
    </message>
    <message>
        <source>Questo punto di comunità non esiste qui.</source>
        <translation>Questo punto di comunità non esiste qui.</translation>
    </message>
    <message>
        <source>Per un punto di comunità bisogna indicare quale punto.</source>
        <translation>Per un punto di comunità bisogna indicare quale punto.</translation>
    </message>
    <message>
        <source>Nella rete c&apos;è già una postazione con questo nome.</source>
        <translation>Nella rete c&apos;è già una postazione con questo nome.</translation>
    </message>
    <message>
        <source>Il coordinamento non può escludere sé stesso.</source>
        <translation>Il coordinamento non può escludere sé stesso.</translation>
    </message>
    <message>
        <source>Scegliere la postazione a cui è destinato il pacchetto.</source>
        <translation>Scegliere la postazione a cui è destinato il pacchetto.</translation>
    </message>
    <message>
        <source>Non si prepara un pacchetto per questa stessa postazione.</source>
        <translation>Non si prepara un pacchetto per questa stessa postazione.</translation>
    </message>
    <message>
        <source>Questa postazione è stata esclusa dalla rete: nessun pacchetto per lei.</source>
        <translation>Questa postazione è stata esclusa dalla rete: nessun pacchetto per lei.</translation>
    </message>
    <message>
        <source>Questa postazione non ha ancora completato l&apos;iscrizione: importare prima il suo primo pacchetto.</source>
        <translation>Questa postazione non ha ancora completato l&apos;iscrizione: importare prima il suo primo pacchetto.</translation>
    </message>
    <message>
        <source>Questa postazione è stata esclusa dalla rete dal coordinamento: non può più inviare pacchetti.</source>
        <translation>Questa postazione è stata esclusa dalla rete dal coordinamento: non può più inviare pacchetti.</translation>
    </message>
    <message>
        <source>Questo file non è un pacchetto di genera.</source>
        <translation>Questo file non è un pacchetto di genera.</translation>
    </message>
    <message>
        <source>Il pacchetto è incompleto: copiarlo di nuovo dalla postazione che l&apos;ha preparato.</source>
        <translation>Il pacchetto è incompleto: copiarlo di nuovo dalla postazione che l&apos;ha preparato.</translation>
    </message>
    <message>
        <source>Il pacchetto è danneggiato o è stato modificato.</source>
        <translation>Il pacchetto è danneggiato o è stato modificato.</translation>
    </message>
    <message>
        <source>Il pacchetto non viene davvero dalla postazione che dice: è stato modificato o falsificato.</source>
        <translation>Il pacchetto non viene davvero dalla postazione che dice: è stato modificato o falsificato.</translation>
    </message>
    <message>
        <source>Il file è cambiato mentre veniva letto: riprovare.</source>
        <translation>Il file è cambiato mentre veniva letto: riprovare.</translation>
    </message>
    <message>
        <source>Questo pacchetto è destinato a un&apos;altra postazione.</source>
        <translation>Questo pacchetto è destinato a un&apos;altra postazione.</translation>
    </message>
    <message>
        <source>Il pacchetto è stato preparato da una versione più recente di genera: aggiornare il programma.</source>
        <translation>Il pacchetto è stato preparato da una versione più recente di genera: aggiornare il programma.</translation>
    </message>
    <message>
        <source>Questo pacchetto viene da una postazione che questo archivio non conosce.</source>
        <translation>Questo pacchetto viene da una postazione che questo archivio non conosce.</translation>
    </message>
    <message>
        <source>Questo pacchetto viene da una postazione esclusa dalla rete.</source>
        <translation>Questo pacchetto viene da una postazione esclusa dalla rete.</translation>
    </message>
    <message>
        <source>Questo pacchetto viene da una postazione sospesa perché due computer dicono di essere lei: il coordinamento deve iscriverla di nuovo.</source>
        <translation>Questo pacchetto viene da una postazione sospesa perché due computer dicono di essere lei: il coordinamento deve iscriverla di nuovo.</translation>
    </message>
    <message>
        <source>Due computer dicono di essere la stessa postazione (un archivio copiato?): la postazione è sospesa finché il coordinamento non la iscrive di nuovo.</source>
        <translation>Due computer dicono di essere la stessa postazione (un archivio copiato?): la postazione è sospesa finché il coordinamento non la iscrive di nuovo.</translation>
    </message>
    <message>
        <source>Questo pacchetto viene da un secondo computer che ha usato un invito già usato: la postazione è sospesa finché il coordinamento non la iscrive di nuovo.</source>
        <translation>Questo pacchetto viene da un secondo computer che ha usato un invito già usato: la postazione è sospesa finché il coordinamento non la iscrive di nuovo.</translation>
    </message>
    <message>
        <source>Il pacchetto non corrisponde all&apos;invito di questa postazione.</source>
        <translation>Il pacchetto non corrisponde all&apos;invito di questa postazione.</translation>
    </message>
    <message>
        <source>Questa postazione non ha ancora completato l&apos;iscrizione: manca il suo primo pacchetto.</source>
        <translation>Questa postazione non ha ancora completato l&apos;iscrizione: manca il suo primo pacchetto.</translation>
    </message>
    <message>
        <source>Questo pacchetto appartiene a un&apos;altra rete.</source>
        <translation>Questo pacchetto appartiene a un&apos;altra rete.</translation>
    </message>
    <message>
        <source>Impossibile leggere il file.</source>
        <translation>Impossibile leggere il file.</translation>
    </message>
    <message>
        <source>Questo file non è un invito di genera.</source>
        <translation>Questo file non è un invito di genera.</translation>
    </message>
    <message>
        <source>L&apos;invito è stato preparato da una versione più recente di genera: aggiornare il programma.</source>
        <translation>L&apos;invito è stato preparato da una versione più recente di genera: aggiornare il programma.</translation>
    </message>
    <message>
        <source>L&apos;invito è stato modificato: chiederne uno nuovo al coordinamento.</source>
        <translation>L&apos;invito è stato modificato: chiederne uno nuovo al coordinamento.</translation>
    </message>
    <message>
        <source>L&apos;invito è incompleto: chiederne uno nuovo al coordinamento.</source>
        <translation>L&apos;invito è incompleto: chiederne uno nuovo al coordinamento.</translation>
    </message>
    <message>
        <source>Questo file non è una copia di sicurezza di genera.</source>
        <translation>Questo file non è una copia di sicurezza di genera.</translation>
    </message>
    <message>
        <source>La copia è danneggiata, incompleta o è stata modificata: non è stato ripristinato nulla.</source>
        <translation>La copia è danneggiata, incompleta o è stata modificata: non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>La copia è stata fatta da una versione più recente di genera: aggiornare il programma.</source>
        <translation>La copia è stata fatta da una versione più recente di genera: aggiornare il programma.</translation>
    </message>
    <message>
        <source>La copia contiene un archivio non cifrato: non è stata fatta da genera.</source>
        <translation>La copia contiene un archivio non cifrato: non è stata fatta da genera.</translation>
    </message>
    <message>
        <source>La copia non può essere ripristinata.</source>
        <translation>La copia non può essere ripristinata.</translation>
    </message>
    <message>
        <source>Il pacchetto non è stato accettato.</source>
        <translation>Il pacchetto non è stato accettato.</translation>
    </message>
    <message>
        <source>Questa data non esiste</source>
        <translation>Questa data non esiste</translation>
    </message>
    <message>
        <source>Valore non valido</source>
        <translation>Valore non valido</translation>
    </message>
    <message>
        <source>Alcuni campi non sono corretti: controllare i messaggi in rosso.</source>
        <translation>Alcuni campi non sono corretti: controllare i messaggi in rosso.</translation>
    </message>
    <message>
        <source>Nome utente o password errati</source>
        <translation>Nome utente o password errati</translation>
    </message>
    <message>
        <source>In questa cartella non c&apos;è ancora un archivio.</source>
        <translation>In questa cartella non c&apos;è ancora un archivio.</translation>
    </message>
    <message>
        <source>In questa cartella c&apos;è già un archivio.</source>
        <translation>In questa cartella c&apos;è già un archivio.</translation>
    </message>
    <message>
        <source>L&apos;archivio è stato creato da una versione più recente di genera: aggiornare il programma.</source>
        <translation>L&apos;archivio è stato creato da una versione più recente di genera: aggiornare il programma.</translation>
    </message>
    <message>
        <source>Il dato cercato non esiste più (forse è stato eliminato).</source>
        <translation>Il dato cercato non esiste più (forse è stato eliminato).</translation>
    </message>
    <message>
        <source>Il tuo profilo non ha accesso all&apos;area «{area}».</source>
        <translation>Il tuo profilo non ha accesso all&apos;area «{area}».</translation>
    </message>
    <message>
        <source>Non si può passare da «{old}» a «{new}».</source>
        <translation>Non si può passare da «{old}» a «{new}».</translation>
    </message>
    <message>
        <source>Operazione non consentita.</source>
        <translation>Operazione non consentita.</translation>
    </message>
    <message>
        <source>La data o l&apos;ora del computer sono state portate indietro: correggerle prima di modificare i dati.</source>
        <translation>La data o l&apos;ora del computer sono state portate indietro: correggerle prima di modificare i dati.</translation>
    </message>
    <message>
        <source>Operazione annullata: non è stato salvato nulla.</source>
        <translation>Operazione annullata: non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Operazione non riuscita.</source>
        <translation>Operazione non riuscita.</translation>
    </message>
    <message>
        <source>Impossibile leggere o scrivere il file: {reason}</source>
        <translation>Impossibile leggere o scrivere il file: {reason}</translation>
    </message>
    <message>
        <source>Si è verificato un errore imprevisto. Se si ripete, rivolgersi all&apos;assistenza.</source>
        <translation>Si è verificato un errore imprevisto. Se si ripete, rivolgersi all&apos;assistenza.</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Modifiche non salvate</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Ci sono modifiche non salvate. Salvarle?</source>
        <translation>Ci sono modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Scarta</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Operazione non riuscita</source>
        <translation>Operazione non riuscita</translation>
    </message>
</context>
</TS>
