<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="it">
<context>
    <name>AccessDialog</name>
    <message>
        <source>Aree di accesso di {user}</source>
        <translation>Access areas of {user}</translation>
    </message>
    <message>
        <source>Può vedere e modificare</source>
        <translation>May see and change</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Rete dimostrativa</source>
        <translation>Demo network</translation>
    </message>
    <message>
        <source>Un archivio con famiglie inventate, per provare l&apos;applicazione senza toccare dati veri. Scegliete il vostro nome utente e una password.</source>
        <translation>An archive with made-up families, to try the application without touching real data. Choose your user name and a password.</translation>
    </message>
    <message>
        <source>Unisciti a una rete</source>
        <translation>Join a network</translation>
    </message>
    <message>
        <source>Scegliete il nome utente e la password dell&apos;amministratore di questa postazione.</source>
        <translation>Choose the user name and password of this workstation&apos;s administrator.</translation>
    </message>
    <message>
        <source>Crea la rete</source>
        <translation>Create the network</translation>
    </message>
    <message>
        <source>Questa postazione sarà il coordinamento della rete: riceve i dati dei punti e invia a ciascuno ciò che gli serve.</source>
        <translation>This workstation will be the network&apos;s coordination: it receives the points&apos; data and sends each one what it needs.</translation>
    </message>
    <message>
        <source> nuclei</source>
        <translation> households</translation>
    </message>
    <message>
        <source>es. Welfare Bassa Bresciana</source>
        <translation>e.g. Welfare Bassa Bresciana</translation>
    </message>
    <message>
        <source>es. Coordinamento Montichiari</source>
        <translation>e.g. Montichiari Coordination</translation>
    </message>
    <message>
        <source>Nome della rete</source>
        <translation>Network name</translation>
    </message>
    <message>
        <source>Nome di questa postazione</source>
        <translation>Name of this workstation</translation>
    </message>
    <message>
        <source>es. m.rossi</source>
        <translation>e.g. m.rossi</translation>
    </message>
    <message>
        <source>es. Maria Rossi</source>
        <translation>e.g. Maria Rossi</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ripeti la password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Famiglie di prova</source>
        <translation>Sample families</translation>
    </message>
    <message>
        <source>Almeno {n} caratteri (ne mancano {missing})</source>
        <translation>At least {n} characters ({missing} to go)</translation>
    </message>
    <message>
        <source>Creazione dell&apos;archivio cifrato in corso…</source>
        <translation>Creating the encrypted archive…</translation>
    </message>
    <message>
        <source>Coordinamento di prova</source>
        <translation>Sample coordination</translation>
    </message>
    <message>
        <source>Creazione dell&apos;archivio…</source>
        <translation>Creating the archive…</translation>
    </message>
    <message>
        <source>Preparazione delle famiglie di prova…</source>
        <translation>Preparing the sample families…</translation>
    </message>
    <message>
        <source>Creazione delle famiglie di prova…</source>
        <translation>Creating the sample families…</translation>
    </message>
    <message>
        <source>Creazione delle famiglie di prova annullata: l&apos;archivio è pronto ma vuoto. Potete aggiungerle dopo dal menu File › Dati dimostrativi…</source>
        <translation>Creating the sample families was cancelled: the archive is ready but empty. You can add them later from the menu File › Demo data…</translation>
    </message>
    <message>
        <source>Non è stato possibile creare l&apos;archivio: {reason}</source>
        <translation>The archive could not be created: {reason}</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>lunedì</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>martedì</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>mercoledì</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>giovedì</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>venerdì</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>sabato</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>domenica</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>gennaio</source>
        <translation>January</translation>
    </message>
    <message>
        <source>febbraio</source>
        <translation>February</translation>
    </message>
    <message>
        <source>marzo</source>
        <translation>March</translation>
    </message>
    <message>
        <source>aprile</source>
        <translation>April</translation>
    </message>
    <message>
        <source>maggio</source>
        <translation>May</translation>
    </message>
    <message>
        <source>giugno</source>
        <translation>June</translation>
    </message>
    <message>
        <source>luglio</source>
        <translation>July</translation>
    </message>
    <message>
        <source>agosto</source>
        <translation>August</translation>
    </message>
    <message>
        <source>settembre</source>
        <translation>September</translation>
    </message>
    <message>
        <source>ottobre</source>
        <translation>October</translation>
    </message>
    <message>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <source>dicembre</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>Scaduto ieri</source>
        <translation>Overdue since yesterday</translation>
    </message>
    <message>
        <source>Scaduto da {n} giorni</source>
        <translation>Overdue by {n} days</translation>
    </message>
    <message>
        <source>Oggi</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Domani</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>Creato</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Modificato</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Eliminato</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Ripristinato</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Importato</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Solo i miei promemoria</source>
        <translation>Only my reminders</translation>
    </message>
    <message>
        <source>Scadenza</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Persona di riferimento</source>
        <translation>Reference person</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Promemoria in scadenza</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>Segna come fatto</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Segna come fatto (Ctrl+D)</source>
        <translation>Mark as done (Ctrl+D)</translation>
    </message>
    <message>
        <source>Apri nucleo (Invio)</source>
        <translation>Open household (Enter)</translation>
    </message>
    <message>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Che cosa</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Dettaglio</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Rendiconto atteso</source>
        <translation>Report due</translation>
    </message>
    <message>
        <source>Iniziativa</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Rendiconti delle iniziative in ritardo</source>
        <translation>Initiatives&apos; reports overdue</translation>
    </message>
    <message>
        <source>Invio apre l&apos;iniziativa.</source>
        <translation>Enter opens the initiative.</translation>
    </message>
    <message>
        <source>Attività recente</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <source>Agenda di oggi, {date}</source>
        <translation>Today&apos;s agenda, {date}</translation>
    </message>
    <message>
        <source>{n} rendiconti di iniziative in ritardo</source>
        <translation>{n} initiative reports overdue</translation>
    </message>
    <message>
        <source>1 rendiconto di un&apos;iniziativa in ritardo</source>
        <translation>1 initiative report overdue</translation>
    </message>
    <message>
        <source>Nessun promemoria in scadenza nei prossimi 7 giorni.</source>
        <translation>No reminders due in the next 7 days.</translation>
    </message>
    <message>
        <source>{n} scaduti</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <source>{n} per oggi</source>
        <translation>{n} for today</translation>
    </message>
    <message>
        <source>{n} nei prossimi 7 giorni</source>
        <translation>{n} in the next 7 days</translation>
    </message>
    <message>
        <source> (in elenco i primi {n})</source>
        <translation> (the first {n} listed)</translation>
    </message>
    <message>
        <source>Promemoria di {who} segnato come fatto.</source>
        <translation>Reminder for {who} marked as done.</translation>
    </message>
    <message>
        <source>{n} nuclei dimostrativi</source>
        <translation>{n} demo households</translation>
    </message>
    <message>
        <source>{n} nuclei dal file {file}</source>
        <translation>{n} households from the file {file}</translation>
    </message>
    <message>
        <source>oggi {time}</source>
        <translation>today {time}</translation>
    </message>
    <message>
        <source>ieri {time}</source>
        <translation>yesterday {time}</translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <source>Piano di rientro</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <source>Nuova morosità (Ctrl+N)</source>
        <translation>New arrears case (Ctrl+N)</translation>
    </message>
    <message>
        <source>Segna pagata oggi</source>
        <translation>Mark paid today</translation>
    </message>
    <message>
        <source>Stampa il piano</source>
        <translation>Print the plan</translation>
    </message>
    <message>
        <source>Il piano di rientro da firmare: nucleo, proprietario, rate e totale</source>
        <translation>The repayment plan to sign: household, landlord, instalments and total</translation>
    </message>
    <message>
        <source>Piano di rientro: {n} rate, {total}</source>
        <translation>Repayment plan: {n} instalments, {total}</translation>
    </message>
</context>
<context>
    <name>AtecoEdit</name>
    <message>
        <source>Codice o parole dell&apos;attività, es. 88.10 o assistenza sociale</source>
        <translation>Code or words of the activity, e.g. 88.10 or social work</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Registro presenze</source>
        <translation>Attendance register</translation>
    </message>
    <message>
        <source>Presenza non salvata ({cell}): {reason}</source>
        <translation>Attendance not saved ({cell}): {reason}</translation>
    </message>
    <message>
        <source>Ospiti non salvati ({cell}): {reason}</source>
        <translation>Guests not saved ({cell}): {reason}</translation>
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
        <translation>E</translation>
    </message>
    <message>
        <source>1 ✓ Presente    2 ✗ Assente    3 G Giustificato    0 o Canc: cancella  ·  Spazio: presente/assente  ·  Ospiti: scrivere il numero e Invio</source>
        <translation>1 ✓ Present    2 ✗ Absent    3 E Excused    0 or Del: clear  ·  Space: present/absent  ·  Guests: type the number and Enter</translation>
    </message>
    <message>
        <source>(min.)</source>
        <translation>(minor)</translation>
    </message>
    <message>
        <source>Ospiti</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>{name}, {date}: {status}</source>
        <translation>{name}, {date}: {status}</translation>
    </message>
    <message>
        <source>Ospiti in tutti gli incontri: {n}</source>
        <translation>Guests at all sessions: {n}</translation>
    </message>
    <message>
        <source>Ospiti del {date} (venuti senza iscriversi): {n}. Scrivere un numero per cambiarlo.</source>
        <translation>Guests on {date} (came without enrolling): {n}. Type a number to change it.</translation>
    </message>
    <message>
        <source>{name}: presenze {present}, assenze {absent}, giustificate {excused}</source>
        <translation>{name}: present {present}, absent {absent}, excused {excused}</translation>
    </message>
    <message>
        <source>Presenze di iscritti in tutti gli incontri: {n}</source>
        <translation>Attendances of enrolled persons at all sessions: {n}</translation>
    </message>
    <message>
        <source>{date}: iscritti presenti {present}, ospiti {guests}, in tutto {total}</source>
        <translation>{date}: enrolled present {present}, guests {guests}, in all {total}</translation>
    </message>
    <message>
        <source>Presenze</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Quante volte ogni persona è stata presente</source>
        <translation>How many times each person was present</translation>
    </message>
    <message>
        <source>Presenti</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Persone venute senza essere iscritte: un numero per incontro</source>
        <translation>People who came without being enrolled: a number per session</translation>
    </message>
    <message>
        <source>Iscritti presenti a ogni incontro</source>
        <translation>Enrolled persons present at each session</translation>
    </message>
    <message>
        <source>Minorenne</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Iscrizione ritirata</source>
        <translation>Enrolment withdrawn</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>consultazione</source>
        <translation>viewing</translation>
    </message>
    <message>
        <source>creazione</source>
        <translation>creation</translation>
    </message>
    <message>
        <source>modifica</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>eliminazione</source>
        <translation>deletion</translation>
    </message>
    <message>
        <source>ripristino</source>
        <translation>restoration</translation>
    </message>
    <message>
        <source>stampa</source>
        <translation>printing</translation>
    </message>
    <message>
        <source>esportazione</source>
        <translation>export</translation>
    </message>
    <message>
        <source>importazione</source>
        <translation>import</translation>
    </message>
    <message>
        <source>accesso</source>
        <translation>login</translation>
    </message>
    <message>
        <source>unione di duplicati</source>
        <translation>merging of duplicates</translation>
    </message>
    <message>
        <source>separazione di duplicati</source>
        <translation>separation of duplicates</translation>
    </message>
    <message>
        <source>decisione su un conflitto</source>
        <translation>decision on a conflict</translation>
    </message>
    <message>
        <source>cancellazione</source>
        <translation>erasure</translation>
    </message>
    <message>
        <source>amministrazione</source>
        <translation>administration</translation>
    </message>
    <message>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Utente</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Dettagli</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Registro accessi</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>&amp;Esporta dati della persona…</source>
        <translation>&amp;Export the person&apos;s data…</translation>
    </message>
    <message>
        <source>Identificativo del dato</source>
        <translation>Data identifier</translation>
    </message>
    <message>
        <source>Tutte le azioni</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <source>al</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Dal giorno</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Al giorno</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>&amp;Filtra</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>{n} voci (al massimo 1000, le più recenti).</source>
        <translation>{n} entries (at most 1000, the most recent).</translation>
    </message>
    <message>
        <source>Esporta dati della persona</source>
        <translation>Export the person&apos;s data</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Dati salvati in {path} ({size} byte).</source>
        <translation>Data saved to {path} ({size} bytes).</translation>
    </message>
    <message>
        <source>(eliminato)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>del {date}</source>
        <translation>of {date}</translation>
    </message>
    <message>
        <source>scheda di accoglienza</source>
        <translation>intake form</translation>
    </message>
    <message>
        <source>scheda di accoglienza vuota</source>
        <translation>blank intake form</translation>
    </message>
    <message>
        <source>scheda del giro</source>
        <translation>round sheet</translation>
    </message>
    <message>
        <source>scheda visita</source>
        <translation>visit report</translation>
    </message>
    <message>
        <source>scheda visita vuota</source>
        <translation>blank visit report</translation>
    </message>
    <message>
        <source>campi modificati: {fields}</source>
        <translation>fields changed: {fields}</translation>
    </message>
    <message>
        <source>{field}: ripristinato il valore scartato</source>
        <translation>{field}: the discarded value restored</translation>
    </message>
    <message>
        <source>{field}: tenuto il valore attuale</source>
        <translation>{field}: the current value kept</translation>
    </message>
    <message>
        <source>{field}: {old} → {new} (ripristinato il valore scartato)</source>
        <translation>{field}: {old} → {new} (the discarded value restored)</translation>
    </message>
    <message>
        <source>{field}: tenuto {kept}, scartato {dropped}</source>
        <translation>{field}: kept {kept}, discarded {dropped}</translation>
    </message>
    <message>
        <source>insieme a {n} dati collegati</source>
        <translation>with {n} linked records</translation>
    </message>
    <message>
        <source>unito a {record}</source>
        <translation>merged into {record}</translation>
    </message>
    <message>
        <source>ha ricevuto i dati di {record}</source>
        <translation>received the records of {record}</translation>
    </message>
    <message>
        <source>separato da {record}</source>
        <translation>separated from {record}</translation>
    </message>
    <message>
        <source>da «{site}»</source>
        <translation>from «{site}»</translation>
    </message>
    <message>
        <source>separato {record}</source>
        <translation>{record} separated</translation>
    </message>
    <message>
        <source>{n} dati spostati</source>
        <translation>{n} records moved</translation>
    </message>
    <message>
        <source>{n} dati tenuti</source>
        <translation>{n} records kept</translation>
    </message>
    <message>
        <source>con i dati sanitari</source>
        <translation>with the health data</translation>
    </message>
    <message>
        <source>stampa di {n} schede</source>
        <translation>a print of {n} forms</translation>
    </message>
    <message>
        <source>per «{site}»</source>
        <translation>for «{site}»</translation>
    </message>
    <message>
        <source>pacchetto n. {n}</source>
        <translation>bundle no. {n}</translation>
    </message>
    <message>
        <source>completo</source>
        <translation>full</translation>
    </message>
    <message>
        <source>file {name}</source>
        <translation>file {name}</translation>
    </message>
    <message>
        <source>{n} modifiche applicate</source>
        <translation>{n} changes applied</translation>
    </message>
    <message>
        <source>in {format}</source>
        <translation>as {format}</translation>
    </message>
    <message>
        <source>{n} dati</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>dati dimostrativi</source>
        <translation>demo data</translation>
    </message>
    <message>
        <source>{n} nuclei</source>
        <translation>{n} households</translation>
    </message>
    <message>
        <source>{n} persone</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>nuovo utente {user}</source>
        <translation>new user {user}</translation>
    </message>
    <message>
        <source>ruolo: {role}</source>
        <translation>role: {role}</translation>
    </message>
    <message>
        <source>nuova password per {user}</source>
        <translation>new password for {user}</translation>
    </message>
    <message>
        <source>riattivato</source>
        <translation>reactivated</translation>
    </message>
    <message>
        <source>disattivato</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>password di {user} recuperata con la chiave di recupero</source>
        <translation>{user}&apos;s password recovered with the recovery key</translation>
    </message>
    <message>
        <source>nuova chiave di recupero</source>
        <translation>new recovery key</translation>
    </message>
    <message>
        <source>invito per «{site}»</source>
        <translation>invitation for «{site}»</translation>
    </message>
    <message>
        <source>ingresso nella rete</source>
        <translation>joined the network</translation>
    </message>
    <message>
        <source>«{site}» esclusa dalla rete</source>
        <translation>«{site}» excluded from the network</translation>
    </message>
    <message>
        <source>«{site}» sospesa</source>
        <translation>«{site}» suspended</translation>
    </message>
    <message>
        <source>motivo: {reason}</source>
        <translation>reason: {reason}</translation>
    </message>
    <message>
        <source>modifica con data nel futuro</source>
        <translation>change dated in the future</translation>
    </message>
    <message>
        <source>accettata</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>rifiutata</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>non più di competenza</source>
        <translation>no longer in scope</translation>
    </message>
    <message>
        <source>copia di sicurezza</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>del {moment}</source>
        <translation>of {moment}</translation>
    </message>
    <message>
        <source>archivio sostituito conservato in «{name}»</source>
        <translation>replaced store kept in «{name}»</translation>
    </message>
    <message>
        <source>indicatori</source>
        <translation>indicators</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Le copie sono cifrate: si aprono con le password che gli utenti avevano quando sono state fatte, o con la chiave di recupero. genera ne fa una da sé alla chiusura, una al giorno, e conserva le ultime 7 giornaliere e 4 settimanali.</source>
        <translation>Backups are encrypted: they open with the passwords the users had when they were made, or with the recovery key. genera makes one by itself when it closes, one a day, and keeps the last 7 daily and 4 weekly ones.</translation>
    </message>
    <message>
        <source>Copie di sicurezza</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Fatta il</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dimensione</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Crea copia ora</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Salva copia in…</source>
        <translation>Save backup to…</translation>
    </message>
    <message>
        <source>Ripristina la copia scelta…</source>
        <translation>Restore the chosen backup…</translation>
    </message>
    <message>
        <source>Ripristina da un file…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <source>Solo un amministratore può ripristinare una copia: il ripristino sostituisce l&apos;intero archivio di questa postazione, per tutti.</source>
        <translation>Only an administrator can restore a backup: a restore replaces this workstation&apos;s whole archive, for everyone.</translation>
    </message>
    <message>
        <source>Salva copia in</source>
        <translation>Save backup to</translation>
    </message>
    <message>
        <source>Copie di genera (*{suffix})</source>
        <translation>genera backups (*{suffix})</translation>
    </message>
    <message>
        <source>Copia in corso…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Copia fatta: {name} ({size}).</source>
        <translation>Backup made: {name} ({size}).</translation>
    </message>
    <message>
        <source>La copia non è riuscita: {reason}</source>
        <translation>The backup failed: {reason}</translation>
    </message>
    <message>
        <source>Copia di sicurezza dell&apos;archivio…</source>
        <translation>Backing up the archive…</translation>
    </message>
    <message>
        <source>Ripristina da un file</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <source>Copie di genera (*{suffix});;Tutti i file (*)</source>
        <translation>genera backups (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>Verifica della copia…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Ripristino annullato: l&apos;archivio non è cambiato.</source>
        <translation>Restore cancelled: the archive has not changed.</translation>
    </message>
    <message>
        <source>Controllo completo della copia…</source>
        <translation>Checking the whole backup…</translation>
    </message>
    <message>
        <source>La password non apre questa copia: serve quella che l&apos;utente aveva quando la copia è stata fatta (o la chiave di recupero, dal comando «genera restore»). L&apos;archivio non è cambiato.</source>
        <translation>The password does not open this backup: it needs the one the user had when the backup was made (or the recovery key, with the command “genera restore”). The archive has not changed.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Nessuna morosità seguita.</source>
        <translation>No arrears case followed.</translation>
    </message>
    <message>
        <source>{n} morosità</source>
        <translation>{n} arrears cases</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Benvenuti in genera</source>
        <translation>Welcome to genera</translation>
    </message>
    <message>
        <source>Questa postazione non ha ancora un archivio. Che cosa volete fare?</source>
        <translation>This workstation has no archive yet. What would you like to do?</translation>
    </message>
</context>
<context>
    <name>CodeEdit</name>
    <message>
        <source>Scrivere per cercare nel catalogo</source>
        <translation>Type to search the catalogue</translation>
    </message>
</context>
<context>
    <name>CodeListEdit</name>
    <message>
        <source>Scrivere per cercare nel catalogo</source>
        <translation>Type to search the catalogue</translation>
    </message>
    <message>
        <source>Cerca nel catalogo</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <source>Scelti (Canc toglie)</source>
        <translation>Chosen (Delete removes)</translation>
    </message>
    <message>
        <source>Canc toglie quello selezionato</source>
        <translation>Delete removes the selected one</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>(vuoto)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>sì</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Valore tenuto</source>
        <translation>Kept value</translation>
    </message>
    <message>
        <source>Da</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Valore scartato</source>
        <translation>Discarded value</translation>
    </message>
    <message>
        <source>Modificato</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Rilevato</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Conflitti</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>&amp;Mantieni</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Tiene il valore attuale e chiude la voce</source>
        <translation>Keeps the current value and closes the entry</translation>
    </message>
    <message>
        <source>&amp;Ripristina l&apos;altro valore</source>
        <translation>&amp;Restore the other value</translation>
    </message>
    <message>
        <source>A&amp;ggiorna</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Nessun conflitto aperto.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>1 conflitto aperto.</source>
        <translation>1 open conflict.</translation>
    </message>
    <message>
        <source>{n} conflitti aperti.</source>
        <translation>{n} open conflicts.</translation>
    </message>
    <message>
        <source>Ripristina l&apos;altro valore</source>
        <translation>Restore the other value</translation>
    </message>
    <message>
        <source>Rendere attuale «{loser}» al posto di «{winner}»? La modifica sarà inviata a tutte le postazioni.</source>
        <translation>Make «{loser}» current instead of «{winner}»? The change will be sent to all workstations.</translation>
    </message>
    <message>
        <source>Valore attuale mantenuto.</source>
        <translation>Current value kept.</translation>
    </message>
    <message>
        <source>Valore scartato ripristinato.</source>
        <translation>Discarded value restored.</translation>
    </message>
    <message>
        <source>Selezionare un conflitto nell&apos;elenco.</source>
        <translation>Select a conflict in the list.</translation>
    </message>
    <message>
        <source>(dato riservato: {area})</source>
        <translation>(reserved data: {area})</translation>
    </message>
    <message>
        <source>Valore trattenuto</source>
        <translation>Held value</translation>
    </message>
    <message>
        <source>Data della modifica</source>
        <translation>Date of the change</translation>
    </message>
    <message>
        <source>Ricevuto</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Quarantena</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>Modifiche datate più di 24 ore nel futuro: l&apos;orologio del computer che le ha fatte era avanti. «Accetta» le applica con la data di adesso, «Rifiuta» le scarta; la decisione arriva a tutte le postazioni con i prossimi pacchetti.</source>
        <translation>Changes dated more than 24 hours in the future: the clock of the computer that made them was ahead. “Accept” applies them with the current date, “Reject” discards them; the decision reaches every site with the next bundles.</translation>
    </message>
    <message>
        <source>A&amp;ccetta</source>
        <translation>A&amp;ccept</translation>
    </message>
    <message>
        <source>Applica la modifica con la data di adesso</source>
        <translation>Applies the change with the current date</translation>
    </message>
    <message>
        <source>Rif&amp;iuta</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>Scarta la modifica</source>
        <translation>Discards the change</translation>
    </message>
    <message>
        <source>Nessuna modifica in quarantena.</source>
        <translation>No change in quarantine.</translation>
    </message>
    <message>
        <source>1 modifica in quarantena.</source>
        <translation>1 change in quarantine.</translation>
    </message>
    <message>
        <source>{n} modifiche in quarantena.</source>
        <translation>{n} changes in quarantine.</translation>
    </message>
    <message>
        <source>Accetta la modifica</source>
        <translation>Accept the change</translation>
    </message>
    <message>
        <source>Applicare il valore «{value}» al campo {field} di {record}, con la data di adesso? La decisione sarà inviata a tutte le postazioni e non si può annullare.</source>
        <translation>Apply the value “{value}” to the field {field} of {record}, with the current date? The decision will be sent to every site and cannot be undone.</translation>
    </message>
    <message>
        <source>Rifiuta la modifica</source>
        <translation>Reject the change</translation>
    </message>
    <message>
        <source>Scartare il valore «{value}» del campo {field} di {record}? La decisione sarà inviata a tutte le postazioni e non si può annullare.</source>
        <translation>Discard the value “{value}” of the field {field} of {record}? The decision will be sent to every site and cannot be undone.</translation>
    </message>
    <message>
        <source>Selezionare una modifica nell&apos;elenco.</source>
        <translation>Select a change in the list.</translation>
    </message>
    <message>
        <source>Modifica accettata e applicata con la data di adesso.</source>
        <translation>Change accepted and applied with the current date.</translation>
    </message>
    <message>
        <source>Modifica rifiutata e scartata.</source>
        <translation>Change rejected and discarded.</translation>
    </message>
    <message>
        <source>C&amp;onflitti aperti</source>
        <translation>&amp;Open conflicts</translation>
    </message>
    <message>
        <source>&amp;Quarantena</source>
        <translation>&amp;Quarantine</translation>
    </message>
</context>
<context>
    <name>ContextDialog</name>
    <message>
        <source>Nuovo contesto abitativo</source>
        <translation>New housing context</translation>
    </message>
    <message>
        <source>Contesto abitativo</source>
        <translation>Housing context</translation>
    </message>
    <message>
        <source>Nessuno</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Gestore</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Custode sociale</source>
        <translation>Social caretaker</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ci sono modifiche non salvate. Chiudere senza salvarle?</source>
        <translation>There are unsaved changes. Close without saving them?</translation>
    </message>
</context>
<context>
    <name>ContextsPage</name>
    <message>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Gestore</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Custode</source>
        <translation>Caretaker</translation>
    </message>
    <message>
        <source>Nuclei</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Contesti abitativi</source>
        <translation>Housing contexts</translation>
    </message>
    <message>
        <source>Cerca per nome, indirizzo o comune (Ctrl+F)</source>
        <translation>Search by name, address or municipality (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nuovo contesto…</source>
        <translation>New context…</translation>
    </message>
    <message>
        <source>Modifica…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source> I contesti si aggiungono e si modificano al coordinamento.</source>
        <translation> Contexts are added and edited at the coordination.</translation>
    </message>
    <message>
        <source>{n} contesti</source>
        <translation>{n} contexts</translation>
    </message>
    <message>
        <source>1 contesto</source>
        <translation>1 context</translation>
    </message>
    <message>
        <source>Selezionare un contesto nell&apos;elenco.</source>
        <translation>Select a context in the list.</translation>
    </message>
</context>
<context>
    <name>CoursesPart</name>
    <message>
        <source>Corso</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Competenze del corso</source>
        <translation>Skills of the course</translation>
    </message>
    <message>
        <source>Corsi</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>&amp;Iscrivi a un corso…</source>
        <translation>&amp;Enrol in a course…</translation>
    </message>
    <message>
        <source>&amp;Corso completato</source>
        <translation>&amp;Course completed</translation>
    </message>
    <message>
        <source>Aggiungere al profilo lavoro le competenze del corso «{course}»: {skills}?</source>
        <translation>Add the skills of the course «{course}» to the work profile: {skills}?</translation>
    </message>
    <message>
        <source>Aggiungi</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Non aggiungere</source>
        <translation>Do not add</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>nessun dato</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Coordinamento: indicatori</source>
        <translation>Coordination: indicators</translation>
    </message>
    <message>
        <source>A&amp;ggiorna</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Nuclei familiari raggiunti</source>
        <translation>Households reached</translation>
    </message>
    <message>
        <source>Postazioni e ultimo pacchetto ricevuto</source>
        <translation>Sites and their last bundle received</translation>
    </message>
    <message>
        <source>Postazione</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Ultimo pacchetto</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <source>Giorni fa</source>
        <translation>Days ago</translation>
    </message>
    <message>
        <source>Calcolo degli indicatori…</source>
        <translation>Computing the indicators…</translation>
    </message>
    <message>
        <source>su un obiettivo di {target} famiglie</source>
        <translation>out of a target of {target} families</translation>
    </message>
    <message>
        <source>Nuovi negli ultimi 7 giorni: {d7} · ultimi 30 giorni: {d30}
Persone: {persons} · casi attivi: {active} · visite: {visits}</source>
        <translation>New in the last 7 days: {d7} · last 30 days: {d30}
People: {persons} · active cases: {active} · visits: {visits}</translation>
    </message>
    <message>
        <source>non indicato</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Nuclei per punto di comunità</source>
        <translation>Households per Community Point</translation>
    </message>
    <message>
        <source>Nuclei per comune</source>
        <translation>Households per municipality</translation>
    </message>
    <message>
        <source>Nuovi nuclei per settimana (ultime 52 settimane)</source>
        <translation>New households per week (last 52 weeks)</translation>
    </message>
    <message>
        <source>altre destinazioni</source>
        <translation>other destinations</translation>
    </message>
    <message>
        <source>Invii per destinazione ed esito</source>
        <translation>Referrals by destination and outcome</translation>
    </message>
    <message>
        <source>Visite per contesto abitativo</source>
        <translation>Visits per housing context</translation>
    </message>
    <message>
        <source>Visite per problematica rilevata</source>
        <translation>Visits by observed issue</translation>
    </message>
    <message>
        <source>Promemoria scaduti per punto</source>
        <translation>Overdue reminders per point</translation>
    </message>
    <message>
        <source>Dati al {date}.</source>
        <translation>Data as of {date}.</translation>
    </message>
    <message>
        <source>revocata</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>Nessun pacchetto da più di {n} giorni</source>
        <translation>No bundle for more than {n} days</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>DaysGridDialog</name>
    <message>
        <source>Presenze per giorno – {title}</source>
        <translation>Attendance by day – {title}</translation>
    </message>
    <message>
        <source>Presenze per giorno</source>
        <translation>Attendance by day</translation>
    </message>
    <message>
        <source>Mese</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Giorni del mese</source>
        <translation>Days of the month</translation>
    </message>
    <message>
        <source>Totali del mese</source>
        <translation>Month&apos;s totals</translation>
    </message>
    <message>
        <source>Frecce per spostarsi tra i giorni; Spazio segna il giorno presente o assente e lo salva; Pagina giù e Pagina su passano al mese dopo e a quello prima. In grigio i sabati, le domeniche e i festivi, non previsti se non si cambiano i giorni previsti.</source>
        <translation>Arrows move between the days; Space marks the day present or absent and saves it; Page Down and Page Up go to the next and the previous month. Saturdays, Sundays and holidays are grey, not expected unless the expected days are changed.</translation>
    </message>
    <message>
        <source>&amp;Mese</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>Giorni &amp;previsti</source>
        <translation>&amp;Expected days</translation>
    </message>
    <message>
        <source>&amp;Quota del progetto (€)</source>
        <translation>&amp;Project&apos;s share (€)</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Presenze: {attended} giorni su {expected} previsti ({share}%) – indennità dovuta: {due}</source>
        <translation>Attendance: {attended} days of {expected} expected ({share}%) – allowance due: {due}</translation>
    </message>
    <message>
        <source>Questo mese è registrato solo come numero di giorni ({n}): segnando i giorni, i giorni di presenza diventano quelli segnati.</source>
        <translation>This month is recorded as a number of days only ({n}): marking the days makes the days attended those marked.</translation>
    </message>
    <message>
        <source>Questo giorno è fuori dalle date del tirocinio.</source>
        <translation>This day is outside the internship&apos;s dates.</translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message>
        <source>L</source>
        <comment>lunedì</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>M</source>
        <comment>martedì</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>M</source>
        <comment>mercoledì</comment>
        <translation>W</translation>
    </message>
    <message>
        <source>G</source>
        <comment>giovedì</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>V</source>
        <comment>venerdì</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>S</source>
        <comment>sabato</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>D</source>
        <comment>domenica</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>lunedì</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>martedì</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>mercoledì</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>giovedì</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>venerdì</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>sabato</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>domenica</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Presenze</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>fuori dal tirocinio</source>
        <translation>outside the internship</translation>
    </message>
    <message>
        <source>presente</source>
        <translation>present</translation>
    </message>
    <message>
        <source>festivo</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>non lavorativo</source>
        <translation>not a working day</translation>
    </message>
    <message>
        <source>assente</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Stesso codice fiscale</source>
        <translation>Same tax code</translation>
    </message>
    <message>
        <source>Codice fiscale omocodico</source>
        <translation>Omocodic tax code</translation>
    </message>
    <message>
        <source>Nome simile e stessa data di nascita</source>
        <translation>Similar name and same date of birth</translation>
    </message>
    <message>
        <source>Nuclei di punti diversi con una persona in comune</source>
        <translation>Households of different points with a person in common</translation>
    </message>
    <message>
        <source>Punteggio</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nomi</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Codici</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Nascita</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Punti</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>A sinistra</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>A destra</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Componenti</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Unito il</source>
        <translation>Merged on</translation>
    </message>
    <message>
        <source>Scartato</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <source>Unito a</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Da</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Possibili duplicati</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Unisci (tieni a &amp;sinistra)</source>
        <translation>Merge (keep &amp;left)</translation>
    </message>
    <message>
        <source>Unisci (tieni a &amp;destra)</source>
        <translation>Merge (keep &amp;right)</translation>
    </message>
    <message>
        <source>A&amp;ggiorna</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Confronto dei due dati (in grassetto le differenze)</source>
        <translation>Comparison of the two records (differences in bold)</translation>
    </message>
    <message>
        <source>Unioni fatte</source>
        <translation>Merges done</translation>
    </message>
    <message>
        <source>S&amp;epara</source>
        <translation>S&amp;eparate</translation>
    </message>
    <message>
        <source>Nessun possibile duplicato.</source>
        <translation>No possible duplicates.</translation>
    </message>
    <message>
        <source>{n} coppie da esaminare.</source>
        <translation>{n} pairs to examine.</translation>
    </message>
    <message>
        <source>1 coppia da esaminare.</source>
        <translation>1 pair to examine.</translation>
    </message>
    <message>
        <source>Selezionare una coppia nell&apos;elenco.</source>
        <translation>Select a pair in the list.</translation>
    </message>
    <message>
        <source>Unisci duplicati</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>Tenere «{keep}» e unirvi «{drop}»? Quanto è collegato a «{drop}» passerà a «{keep}». Si potrà separare di nuovo.</source>
        <translation>Keep «{keep}» and merge «{drop}» into it? What is linked to «{drop}» will move to «{keep}». They can be separated again.</translation>
    </message>
    <message>
        <source>Duplicati uniti.</source>
        <translation>Duplicates merged.</translation>
    </message>
    <message>
        <source>Selezionare un&apos;unione nell&apos;elenco.</source>
        <translation>Select a merge in the list.</translation>
    </message>
    <message>
        <source>Separa</source>
        <translation>Separate</translation>
    </message>
    <message>
        <source>Separare «{name}» da «{into}»?</source>
        <translation>Separate «{name}» from «{into}»?</translation>
    </message>
    <message>
        <source>Dati separati.</source>
        <translation>Records separated.</translation>
    </message>
</context>
<context>
    <name>DwellingsTab</name>
    <message>
        <source>Cerca per comune, indirizzo o proprietario (Ctrl+F)</source>
        <translation>Search by comune, address or landlord (Ctrl+F)</translation>
    </message>
    <message>
        <source>Locali: tutti</source>
        <translation>Rooms: any</translation>
    </message>
    <message>
        <source>almeno {n}</source>
        <translation>at least {n}</translation>
    </message>
    <message>
        <source>Quanti locali almeno</source>
        <translation>How many rooms at least</translation>
    </message>
    <message>
        <source>Canone: tutti</source>
        <translation>Rent: any</translation>
    </message>
    <message>
        <source>fino a {n} €</source>
        <translation>up to {n} €</translation>
    </message>
    <message>
        <source>Canone richiesto al massimo</source>
        <translation>Highest rent asked</translation>
    </message>
    <message>
        <source>Solo accessibili</source>
        <translation>Accessible only</translation>
    </message>
    <message>
        <source>Nuovo alloggio (Ctrl+N)</source>
        <translation>New dwelling (Ctrl+N)</translation>
    </message>
    <message>
        <source>Invio modifica l&apos;alloggio scelto.</source>
        <translation>Enter changes the chosen dwelling.</translation>
    </message>
    <message>
        <source>Nessun alloggio trovato.</source>
        <translation>No dwelling found.</translation>
    </message>
    <message>
        <source>1 alloggio</source>
        <translation>1 dwelling</translation>
    </message>
    <message>
        <source>{n} alloggi</source>
        <translation>{n} dwellings</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FundList</name>
    <message>
        <source>Nessun fondo di garanzia: li apre il coordinamento.</source>
        <translation>No guarantee fund: the coordinator opens them.</translation>
    </message>
    <message>
        <source>{n} fondi</source>
        <translation>{n} funds</translation>
    </message>
    <message>
        <source>1 fondo</source>
        <translation>1 fund</translation>
    </message>
</context>
<context>
    <name>FundsTab</name>
    <message>
        <source>Nuovo fondo</source>
        <translation>New fund</translation>
    </message>
    <message>
        <source>Nuova domanda al fondo scelto (Ctrl+N)</source>
        <translation>New application to the chosen fund (Ctrl+N)</translation>
    </message>
    <message>
        <source>Approva</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Respingi</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Eroga</source>
        <translation>Disburse</translation>
    </message>
    <message>
        <source>Stampa la domanda</source>
        <translation>Print the application</translation>
    </message>
    <message>
        <source>Il modulo da firmare per il nucleo e il proprietario</source>
        <translation>The form for the household and the landlord to sign</translation>
    </message>
    <message>
        <source>Approvare, respingere ed erogare spetta al coordinamento: qui si presentano e si istruiscono le domande.</source>
        <translation>Approving, rejecting and disbursing are for the coordinator: here applications are submitted and assessed.</translation>
    </message>
    <message>
        <source>Domande al fondo: {n} in attesa</source>
        <translation>Applications to the fund: {n} waiting</translation>
    </message>
    <message>
        <source>Approva la domanda</source>
        <translation>Approve the application</translation>
    </message>
    <message>
        <source>Respingi la domanda</source>
        <translation>Reject the application</translation>
    </message>
    <message>
        <source>Respingere la domanda di {who}?</source>
        <translation>Reject the application of {who}?</translation>
    </message>
    <message>
        <source>Domanda al fondo</source>
        <translation>Application to the fund</translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message>
        <source>Incontri</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Iscritti</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Gruppi e laboratori per ragazzi</source>
        <translation>Groups and youth workshops</translation>
    </message>
    <message>
        <source>Cerca per titolo o conduttore (Ctrl+F)</source>
        <translation>Search by title or facilitator (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nuovo gruppo</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Nuovo gruppo di ragazzi (Ctrl+N)</source>
        <translation>New youth group (Ctrl+N)</translation>
    </message>
    <message>
        <source>Invio apre il gruppo o il laboratorio: incontri, iscritti e presenze.</source>
        <translation>Enter opens the group or workshop: sessions, participants and attendance.</translation>
    </message>
    <message>
        <source>Nessun gruppo: «Nuovo gruppo» (Ctrl+N) per il primo.</source>
        <translation>No groups: “New group” (Ctrl+N) for the first.</translation>
    </message>
    <message>
        <source>Nessun gruppo trovato.</source>
        <translation>No group found.</translation>
    </message>
    <message>
        <source>Gruppi: {g} · laboratori per ragazzi: {w}</source>
        <translation>Groups: {g} · youth workshops: {w}</translation>
    </message>
</context>
<context>
    <name>HealthConsentDialog</name>
    <message>
        <source>Consenso ai dati di salute</source>
        <translation>Consent to health data</translation>
    </message>
    <message>
        <source>Nella scheda di accoglienza non è spuntato il consenso al trattamento dei dati di salute e particolari.

Salvare comunque i dati sanitari di questo componente?</source>
        <translation>The intake form does not tick the consent to processing health and special-category data.

Save this member&apos;s health data anyway?</translation>
    </message>
    <message>
        <source>Salva comunque</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Non salvare</source>
        <translation>Don&apos;t save</translation>
    </message>
</context>
<context>
    <name>HealthForm</name>
    <message>
        <source>Componente</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Dati sanitari: visibili solo agli operatori autorizzati e stampati su una pagina a parte della scheda.</source>
        <translation>Health data: visible only to authorised workers and printed on a separate page of the form.</translation>
    </message>
    <message>
        <source>Disabilità</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Invalidità riconosciuta</source>
        <translation>Recognised disability</translation>
    </message>
    <message>
        <source>Non autosufficienza</source>
        <translation>Loss of autonomy</translation>
    </message>
    <message>
        <source>Percentuale di invalidità</source>
        <translation>Disability percentage</translation>
    </message>
    <message>
        <source>Condizioni di salute</source>
        <translation>Health conditions</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Manca il consenso al trattamento dei dati di salute: spuntarlo nella scheda Accoglienza («Privacy e consensi»). Prima di salvare verrà chiesta conferma.</source>
        <translation>The consent to processing health data is missing: tick it on the Intake tab («Privacy and consents»). You will be asked to confirm before saving.</translation>
    </message>
    <message>
        <source>Aggiungere prima i componenti del nucleo.</source>
        <translation>Add the household members first.</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ore</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Attività svolta</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Ore registrate</source>
        <translation>Hours logged</translation>
    </message>
    <message>
        <source>&amp;Aggiungi</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Registra la riga (Invio)</source>
        <translation>Save the line (Enter)</translation>
    </message>
    <message>
        <source>Giorno</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Stampa &amp;registro…</source>
        <translation>Print &amp;register…</translation>
    </message>
    <message>
        <source>Stampa &amp;patto formativo…</source>
        <translation>Print training &amp;pact…</translation>
    </message>
    <message>
        <source>Ore svolte: {n}</source>
        <translation>Hours done: {n}</translation>
    </message>
    <message>
        <source>previste: {n}</source>
        <translation>planned: {n}</translation>
    </message>
    <message>
        <source>richieste nel triennio: {n}, ne mancano {left}</source>
        <translation>required over three years: {n}, {left} to go</translation>
    </message>
    <message>
        <source>Registrare ora il consenso alla formazione scuola-lavoro dato da un genitore o dal tutore?</source>
        <translation>Record now the school-work consent given by a parent or guardian?</translation>
    </message>
    <message>
        <source>Manca il consenso</source>
        <translation>Consent missing</translation>
    </message>
    <message>
        <source>Registra il consenso</source>
        <translation>Record the consent</translation>
    </message>
    <message>
        <source>Registro ore</source>
        <translation>Hours register</translation>
    </message>
    <message>
        <source>Patto formativo</source>
        <translation>Training pact</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>Pratica</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>assegnata al salvataggio</source>
        <translation>assigned when saved</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>via e numero civico</source>
        <translation>street and number</translation>
    </message>
    <message>
        <source>Scala / interno</source>
        <translation>Staircase / flat</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registrato il</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Il numero di pratica non si cambia una volta assegnato</source>
        <translation>A case number cannot be changed once assigned</translation>
    </message>
</context>
<context>
    <name>HouseholdHousingTab</name>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>ospita</source>
        <translation>hosts</translation>
    </message>
    <message>
        <source>è ospitato</source>
        <translation>is hosted</translation>
    </message>
    <message>
        <source>Nessun contratto d&apos;affitto registrato.</source>
        <translation>No rent contract recorded.</translation>
    </message>
    <message>
        <source>Contratti, domande al fondo di garanzia e morosità si registrano nella sezione Casa.</source>
        <translation>Contracts, guarantee fund applications and arrears are recorded in the Housing section.</translation>
    </message>
    <message>
        <source>{n} locali</source>
        <translation>{n} rooms</translation>
    </message>
    <message>
        <source>{m} m²</source>
        <translation>{m} m²</translation>
    </message>
    <message>
        <source>proprietario {name}</source>
        <translation>landlord {name}</translation>
    </message>
    <message>
        <source>Contratto {type} dal {start}</source>
        <translation>Contract {type} from {start}</translation>
    </message>
    <message>
        <source>canone {rent} al mese</source>
        <translation>rent {rent} a month</translation>
    </message>
    <message>
        <source>primo termine {date}</source>
        <translation>first term {date}</translation>
    </message>
    <message>
        <source>rinnovo fino al {date}</source>
        <translation>renewal until {date}</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Salva intestazione, accoglienza e salute (Ctrl+S)</source>
        <translation>Save header, intake and health (Ctrl+S)</translation>
    </message>
    <message>
        <source>Scheda di accoglienza da firmare (Ctrl+P)</source>
        <translation>Intake form to sign (Ctrl+P)</translation>
    </message>
    <message>
        <source>Scheda di accoglienza</source>
        <translation>Intake form</translation>
    </message>
    <message>
        <source>Scheda con la pagina salute e disabilità</source>
        <translation>Form with the health and disability page</translation>
    </message>
    <message>
        <source>Salva (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Stampa scheda… (Ctrl+P)</source>
        <translation>Print form… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Chiudi (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Torna all&apos;elenco (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>Casa</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Cognome e nome</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <source>Relazione</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Nato/a il (età)</source>
        <translation>Born on (age)</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Lavoro</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Titolo di studio</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Nessun componente: aggiungere la persona che si è presentata.</source>
        <translation>No members: add the person who came in.</translation>
    </message>
    <message>
        <source>Aggiungi componente</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Modifica</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Imposta come persona di riferimento</source>
        <translation>Set as reference person</translation>
    </message>
    <message>
        <source>Rimuovi</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Componenti</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Nessun colloquio registrato.</source>
        <translation>No interviews recorded.</translation>
    </message>
    <message>
        <source>Nessun invio o segnalazione.</source>
        <translation>No referrals or reports.</translation>
    </message>
    <message>
        <source>sì, il {d}</source>
        <translation>yes, on {d}</translation>
    </message>
    <message>
        <source>Nessun promemoria.</source>
        <translation>No reminders.</translation>
    </message>
    <message>
        <source>Fatto / da fare</source>
        <translation>Done / to do</translation>
    </message>
    <message>
        <source>Elimina</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nucleo {case}</source>
        <translation>Household {case}</translation>
    </message>
    <message>
        <source>Nuovo nucleo familiare</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>indirizzo e punto, poi i componenti</source>
        <translation>address and point, then the members</translation>
    </message>
    <message>
        <source>{n} componenti</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <source>1 componente</source>
        <translation>1 member</translation>
    </message>
    <message>
        <source>modifiche non salvate</source>
        <translation>unsaved changes</translation>
    </message>
    <message>
        <source>Componenti ({n})</source>
        <translation>Members ({n})</translation>
    </message>
    <message>
        <source>Rimuovere {name} dal nucleo? I suoi dati saranno eliminati.</source>
        <translation>Remove {name} from the household? Their data will be deleted.</translation>
    </message>
    <message>
        <source>È la persona di riferimento: sceglierne poi un&apos;altra.</source>
        <translation>This is the reference person: choose another one afterwards.</translation>
    </message>
    <message>
        <source>Rimuovi componente</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Componente rimosso: {name}.</source>
        <translation>Member removed: {name}.</translation>
    </message>
    <message>
        <source>questo colloquio</source>
        <translation>this interview</translation>
    </message>
    <message>
        <source>questo invio</source>
        <translation>this referral</translation>
    </message>
    <message>
        <source>questo promemoria</source>
        <translation>this reminder</translation>
    </message>
    <message>
        <source>Eliminare {what}?</source>
        <translation>Delete {what}?</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Pratica</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Persona di riferimento</source>
        <translation>Reference person</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Componenti</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registrato il</source>
        <translation>Registered on</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Nuclei familiari</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Nuovo nucleo</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>Registra un nuovo nucleo familiare (Ctrl+N)</source>
        <translation>Register a new household (Ctrl+N)</translation>
    </message>
    <message>
        <source>Cerca per nome, codice fiscale, telefono, indirizzo o pratica (Ctrl+F)</source>
        <translation>Search by name, tax code, phone, address or case number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tutti i punti</source>
        <translation>All points</translation>
    </message>
    <message>
        <source>Punto di comunità</source>
        <translation>Community Point</translation>
    </message>
    <message>
        <source>Tutti gli stati</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Stato del nucleo</source>
        <translation>Household status</translation>
    </message>
    <message>
        <source>Più di {n} nuclei</source>
        <translation>More than {n} households</translation>
    </message>
    <message>
        <source>Più di {n} nuclei: affinare la ricerca, o scorrere fino in fondo per vederli tutti</source>
        <translation>More than {n} households: refine the search, or scroll to the bottom to see them all</translation>
    </message>
    <message>
        <source>Nessun nucleo trovato</source>
        <translation>No household found</translation>
    </message>
    <message>
        <source>Nessun nucleo registrato</source>
        <translation>No household registered</translation>
    </message>
    <message>
        <source>1 nucleo</source>
        <translation>1 household</translation>
    </message>
    <message>
        <source>{n} nuclei</source>
        <translation>{n} households</translation>
    </message>
</context>
<context>
    <name>HousingAgenda</name>
    <message>
        <source>Scadenza</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Che cosa</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Persona di riferimento</source>
        <translation>Reference person</translation>
    </message>
    <message>
        <source>Casa: contratti in scadenza e rate non pagate</source>
        <translation>Housing: contracts ending and unpaid instalments</translation>
    </message>
    <message>
        <source>I contratti a canone concordato da sei mesi prima della fine dei primi tre anni o della proroga di due; le rate dei piani di rientro scadute e non pagate. Invio apre la scheda Casa del nucleo.</source>
        <translation>Agreed-rent contracts from six months before the end of their first three years or of their two-year extension; repayment-plan instalments past due and unpaid. Enter opens the household&apos;s Housing tab.</translation>
    </message>
    <message>
        <source>Rata del piano di rientro non pagata da ieri: {amount}</source>
        <translation>Repayment-plan instalment unpaid since yesterday: {amount}</translation>
    </message>
    <message>
        <source>Rata del piano di rientro non pagata da {n} giorni: {amount}</source>
        <translation>Repayment-plan instalment unpaid for {n} days: {amount}</translation>
    </message>
    <message>
        <source>Fine della proroga di due anni del canone concordato (entro tre mesi)</source>
        <translation>Agreed rent: end of the two-year extension (within three months)</translation>
    </message>
    <message>
        <source>Fine della proroga di due anni del canone concordato (entro sei mesi)</source>
        <translation>Agreed rent: end of the two-year extension (within six months)</translation>
    </message>
    <message>
        <source>Fine dei primi tre anni del canone concordato (entro tre mesi)</source>
        <translation>Agreed rent: end of the first three years (within three months)</translation>
    </message>
    <message>
        <source>Fine dei primi tre anni del canone concordato (entro sei mesi)</source>
        <translation>Agreed rent: end of the first three years (within six months)</translation>
    </message>
</context>
<context>
    <name>HousingIndicators</name>
    <message>
        <source>Domande presentate</source>
        <translation>Applications submitted</translation>
    </message>
    <message>
        <source>Domande istruite</source>
        <translation>Applications assessed</translation>
    </message>
    <message>
        <source>Domande approvate</source>
        <translation>Applications approved</translation>
    </message>
    <message>
        <source>Domande respinte</source>
        <translation>Applications rejected</translation>
    </message>
    <message>
        <source>Domande erogate</source>
        <translation>Applications disbursed</translation>
    </message>
    <message>
        <source>Domande chiuse</source>
        <translation>Applications closed</translation>
    </message>
    <message>
        <source>Contratti firmati</source>
        <translation>Contracts signed</translation>
    </message>
    <message>
        <source>Morosità aperte</source>
        <translation>Arrears opened</translation>
    </message>
    <message>
        <source>Morosità risolte</source>
        <translation>Arrears resolved</translation>
    </message>
    <message>
        <source>Sfratti evitati</source>
        <translation>Evictions avoided</translation>
    </message>
    <message>
        <source>Coabitazioni in corso</source>
        <translation>Co-housing pairs active</translation>
    </message>
    <message>
        <source>Piano casa per punto di comunità</source>
        <translation>Housing plan by community point</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Piano casa per mese</source>
        <translation>Housing plan by month</translation>
    </message>
    <message>
        <source>Mese</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>non indicato</source>
        <translation>not stated</translation>
    </message>
</context>
<context>
    <name>HousingMessages</name>
    <message>
        <source>Approvare, respingere, chiudere ed erogare spetta al coordinamento: le decisioni sul denaro si prendono in un posto solo.</source>
        <translation>Approving, rejecting, closing and disbursing are for the coordinator: money decisions are taken in one place.</translation>
    </message>
    <message>
        <source>Per approvare una domanda serve l&apos;importo approvato.</source>
        <translation>Approving an application needs the amount approved.</translation>
    </message>
    <message>
        <source>L&apos;importo supera la disponibilità del fondo ({detail}).</source>
        <translation>The amount exceeds what the fund has available ({detail}).</translation>
    </message>
    <message>
        <source>L&apos;ISEE della domanda supera il massimo del fondo ({detail}).</source>
        <translation>The application&apos;s ISEE exceeds the fund&apos;s maximum ({detail}).</translation>
    </message>
    <message>
        <source>Con questa erogazione si supererebbe l&apos;importo approvato (amount_approved) della domanda ({detail}).</source>
        <translation>This disbursement would go past the application&apos;s amount approved (amount_approved) ({detail}).</translation>
    </message>
    <message>
        <source>La dotazione del fondo non può scendere sotto quanto le domande hanno già impegnato ({detail}).</source>
        <translation>A fund&apos;s budget cannot go below what its applications have already committed ({detail}).</translation>
    </message>
    <message>
        <source>Su questa domanda sono già stati erogati {detail}: resta approvata, erogata o chiusa, nel suo fondo, con un importo approvato non inferiore.</source>
        <translation>{detail} has already been disbursed on this application: it stays approved, disbursed or closed, in its fund, with an amount approved of at least that.</translation>
    </message>
    <message>
        <source>Il fondo ha ancora {detail} domande: eliminarle o spostarle su un altro fondo prima.</source>
        <translation>The fund still has {detail} applications: delete them or move them to another fund first.</translation>
    </message>
    <message>
        <source>Chi ospita e chi è ospitato devono essere due persone.</source>
        <translation>The host and the guest must be two persons.</translation>
    </message>
    <message>
        <source>Una coabitazione unisce la disponibilità di chi ospita a quella di chi cerca alloggio.</source>
        <translation>A co-housing pact pairs a host&apos;s offer with a guest&apos;s.</translation>
    </message>
    <message>
        <source>Questa coabitazione ha già visite di monitoraggio, fatte a chi ospita e a chi è ospitato: non si cambiano più. Chiudi questa coabitazione (fase «Conclusa») e avviane una nuova.</source>
        <translation>This co-housing already has monitoring visits, made to the host and the guest: they no longer change. End this co-housing (phase «Completed») and start a new one.</translation>
    </message>
    <message>
        <source>La visita non può essere prima dell&apos;inizio della coabitazione ({detail}).</source>
        <translation>The visit cannot be before the co-housing pact starts ({detail}).</translation>
    </message>
    <message>
        <source>Una coabitazione tra nuclei di due punti si registra al coordinamento, l&apos;unica postazione che li ha entrambi.</source>
        <translation>A co-housing pact between households of two points is recorded at the coordinator, the only site that holds both.</translation>
    </message>
</context>
<context>
    <name>HousingPage</name>
    <message>
        <source>Parti del piano casa</source>
        <translation>Parts of the housing plan</translation>
    </message>
    <message>
        <source>Il piano casa è riservato a chi ha l&apos;accesso «Piano casa»: chiedilo a un amministratore.</source>
        <translation>The housing plan is for staff with the “Housing plan” access: ask an administrator.</translation>
    </message>
    <message>
        <source>Alloggi</source>
        <translation>Dwellings</translation>
    </message>
    <message>
        <source>Proprietari</source>
        <translation>Landlords</translation>
    </message>
    <message>
        <source>Fondi di garanzia</source>
        <translation>Guarantee funds</translation>
    </message>
    <message>
        <source>Morosità</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>Ospitalità</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>Coabitazioni</source>
        <translation>Co-housing</translation>
    </message>
    <message>
        <source>Zone del canone</source>
        <translation>Rent zones</translation>
    </message>
</context>
<context>
    <name>HousingPairs</name>
    <message>
        <source>Vivono nello stesso comune, {municipality}.</source>
        <translation>They live in the same municipality, {municipality}.</translation>
    </message>
    <message>
        <source>Sono seguiti da due punti ({host} e {guest}): il patto si registra al coordinamento.</source>
        <translation>Two points follow them ({host} and {guest}): the pact is recorded at the coordinator.</translation>
    </message>
    <message>
        <source>Chi ospita chiede {asked} al mese e l&apos;ospite può dare fino a {can}.</source>
        <translation>The host asks {asked} a month and the guest can give up to {can}.</translation>
    </message>
    <message>
        <source>Chi ospita chiede {asked} al mese, ma l&apos;ospite può dare solo {can}.</source>
        <translation>The host asks {asked} a month, but the guest can only give {can}.</translation>
    </message>
    <message>
        <source>L&apos;ospite offre l&apos;aiuto che chi ospita chiede: {help}.</source>
        <translation>The guest offers the help the host asks for: {help}.</translation>
    </message>
    <message>
        <source>Chi ospita chiede anche un aiuto che l&apos;ospite non offre: {help}.</source>
        <translation>The host also asks for help the guest does not offer: {help}.</translation>
    </message>
    <message>
        <source>L&apos;ospite è in casa quando chi ospita lo desidera: {times}.</source>
        <translation>The guest is at home when the host wishes: {times}.</translation>
    </message>
    <message>
        <source>Chi ospita vorrebbe qualcuno in casa anche quando l&apos;ospite non c&apos;è: {times}.</source>
        <translation>The host would like someone at home also when the guest is out: {times}.</translation>
    </message>
    <message>
        <source>Chi ospita ha {host} anni, l&apos;ospite {guest}.</source>
        <translation>The host is {host}, the guest {guest}.</translation>
    </message>
    <message>
        <source>Possono iniziare dal {date}.</source>
        <translation>They can start on {date}.</translation>
    </message>
    <message>
        <source>Età</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Chi ospita</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Chi cerca alloggio</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>A favore</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Da valutare</source>
        <translation>To weigh</translation>
    </message>
    <message>
        <source>Motivi</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>sì</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Il file non si può leggere.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Il file è vuoto.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Manca la riga di intestazione con i nomi delle colonne.</source>
        <translation>The header row with the column names is missing.</translation>
    </message>
    <message>
        <source>Una colonna compare due volte: {detail}.</source>
        <translation>A column appears twice: {detail}.</translation>
    </message>
    <message>
        <source>Una riga non è JSON valido.</source>
        <translation>A row is not valid JSON.</translation>
    </message>
    <message>
        <source>Ogni riga JSON deve essere un oggetto.</source>
        <translation>Each JSON row must be an object.</translation>
    </message>
    <message>
        <source>Formato non riconosciuto: usare CSV, XLSX o JSONL.</source>
        <translation>Format not recognised: use CSV, XLSX or JSONL.</translation>
    </message>
    <message>
        <source>Il file non si può leggere come tabella.</source>
        <translation>The file cannot be read as a table.</translation>
    </message>
    <message>
        <source>Riga {line}: {text}</source>
        <translation>Row {line}: {text}</translation>
    </message>
    <message>
        <source>Data non valida: nel file va scritta AAAA-MM-GG, es. 2025-12-31</source>
        <translation>Invalid date: in the file write it as YYYY-MM-DD, e.g. 2025-12-31</translation>
    </message>
    <message>
        <source>Importa nuclei da file</source>
        <translation>Import households from file</translation>
    </message>
    <message>
        <source>Il file CSV non è in una codifica riconosciuta (UTF-8 o Windows): salvarlo di nuovo come «CSV UTF-8».</source>
        <translation>The CSV file is not in an encoding genera reads (UTF-8 or Windows): save it again as «CSV UTF-8».</translation>
    </message>
    <message>
        <source>riferimento del nucleo</source>
        <translation>household reference</translation>
    </message>
    <message>
        <source>{field} della persona</source>
        <translation>the person&apos;s {field}</translation>
    </message>
    <message>
        <source>Colonne riconosciute: {list}.</source>
        <translation>Columns recognised: {list}.</translation>
    </message>
    <message>
        <source>Non riconosciute: {list}.</source>
        <translation>Not recognised: {list}.</translation>
    </message>
    <message>
        <source>Mancano: {list}.</source>
        <translation>Missing: {list}.</translation>
    </message>
    <message>
        <source>Un file CSV, XLSX o JSONL con una riga per persona: le righe con lo stesso &lt;b&gt;household_ref&lt;/b&gt; (o «Rif. nucleo») formano un nucleo familiare. Colonne obbligatorie: {cols}, anche con i nomi italiani («Nucleo», «Punto», «Nome», «Cognome»). Si importa tutto o niente: se una riga è sbagliata non viene salvato nulla.</source>
        <translation>A CSV, XLSX or JSONL file with one row per person: rows with the same &lt;b&gt;household_ref&lt;/b&gt; (or «Rif. nucleo») form one household. Required columns: {cols}, Italian names too («Nucleo», «Punto», «Nome», «Cognome»). All or nothing: if one row is wrong nothing is saved.</translation>
    </message>
    <message>
        <source>Nessun file scelto</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>File da importare</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Scegli file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Colonne del file</source>
        <translation>The file&apos;s columns</translation>
    </message>
    <message>
        <source>Riga</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Righe con problemi</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <source>Importa</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Scegli il file da importare</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Tabelle (*.csv *.xlsx *.jsonl *.ndjson *.json);;Tutti i file (*)</source>
        <translation>Tables (*.csv *.xlsx *.jsonl *.ndjson *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Importazione in corso…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Importazione di {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>Importati {households} nuclei familiari e {persons} persone da {rows} righe.</source>
        <translation>Imported {households} households and {persons} people from {rows} rows.</translation>
    </message>
    <message>
        <source>Importazione annullata: non è stato salvato nulla.</source>
        <translation>Import cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>{n} righe hanno problemi: non è stato importato nulla. Correggere il file e riprovare.</source>
        <translation>{n} rows have problems: nothing was imported. Correct the file and try again.</translation>
    </message>
    <message>
        <source>mancano le colonne {cols}</source>
        <translation>the columns {cols} are missing</translation>
    </message>
    <message>
        <source>colonne sconosciute: {cols}</source>
        <translation>unknown columns: {cols}</translation>
    </message>
    <message>
        <source>Intestazione non valida: {what}.</source>
        <translation>Invalid header: {what}.</translation>
    </message>
</context>
<context>
    <name>IncentivesEdit</name>
    <message>
        <source>Incentivi validi alla data (Spazio sceglie)</source>
        <translation>Incentives valid on the date (Space chooses)</translation>
    </message>
    <message>
        <source>Nessun incentivo valido in questa data.</source>
        <translation>No incentive is valid on this date.</translation>
    </message>
    <message>
        <source>{code} – non valido in questa data</source>
        <translation>{code} – not valid on this date</translation>
    </message>
    <message>
        <source>(fino al {day})</source>
        <translation>(until {day})</translation>
    </message>
    <message>
        <source>previsto dalla legge</source>
        <translation>provided by law</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Metti in valutazione</source>
        <translation>Start evaluating</translation>
    </message>
    <message>
        <source>Accogli</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Respingi</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Avvia</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Concludi</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Segna come ritirata</source>
        <translation>Mark as withdrawn</translation>
    </message>
    <message>
        <source>Chi propone l&apos;iniziativa</source>
        <translation>Who proposes the initiative</translation>
    </message>
    <message>
        <source>Passaggi possibili:</source>
        <translation>Possible moves:</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Stato: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>nessuno: stato finale</source>
        <translation>none: final status</translation>
    </message>
    <message>
        <source>«{move}» non è possibile: {reason}</source>
        <translation>“{move}” is not possible: {reason}</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Cerca per titolo o descrizione (Ctrl+F)</source>
        <translation>Search by title or description (Ctrl+F)</translation>
    </message>
    <message>
        <source>Registra una nuova proposta (Ctrl+N)</source>
        <translation>Record a new proposal (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tutti gli stati</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Stato dell&apos;iniziativa</source>
        <translation>Initiative status</translation>
    </message>
    <message>
        <source>In rosso i rendiconti in ritardo. Invio apre l&apos;iniziativa.</source>
        <translation>Overdue reports in red. Enter opens the initiative.</translation>
    </message>
    <message>
        <source>Nessuna iniziativa: «Nuova iniziativa» (Ctrl+N) per la prima.</source>
        <translation>No initiatives: “New initiative” (Ctrl+N) for the first.</translation>
    </message>
    <message>
        <source>Nessuna iniziativa trovata.</source>
        <translation>No initiative found.</translation>
    </message>
    <message>
        <source>{n} iniziative</source>
        <translation>{n} initiatives</translation>
    </message>
    <message>
        <source>1 iniziativa</source>
        <translation>1 initiative</translation>
    </message>
    <message>
        <source>{n} con il rendiconto in ritardo</source>
        <translation>{n} with an overdue report</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Primo contatto</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Come è arrivato</source>
        <translation>How they came</translation>
    </message>
    <message>
        <source>Inviato da</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>servizio, ente o persona</source>
        <translation>service, agency or person</translation>
    </message>
    <message>
        <source>Persona di riferimento</source>
        <translation>Reference person</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Dati anagrafici…</source>
        <translation>Personal details…</translation>
    </message>
    <message>
        <source>Modifica i dati della persona di riferimento</source>
        <translation>Edit the reference person&apos;s details</translation>
    </message>
    <message>
        <source>Abitazione</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Titolo di godimento</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <source>Senza dimora</source>
        <translation>Homeless</translation>
    </message>
    <message>
        <source>Sovraffollamento</source>
        <translation>Overcrowding</translation>
    </message>
    <message>
        <source>Barriere architettoniche</source>
        <translation>Architectural barriers</translation>
    </message>
    <message>
        <source>Morosità</source>
        <translation>Rent arrears</translation>
    </message>
    <message>
        <source>Sfratto</source>
        <translation>Eviction</translation>
    </message>
    <message>
        <source>Reddito</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Fonti di reddito</source>
        <translation>Sources of income</translation>
    </message>
    <message>
        <source>ISEE (euro)</source>
        <translation>ISEE (euro)</translation>
    </message>
    <message>
        <source>ISEE del</source>
        <translation>ISEE dated</translation>
    </message>
    <message>
        <source>Bisogni</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Espressi dalla persona</source>
        <translation>Expressed by the person</translation>
    </message>
    <message>
        <source>Rilevati dall&apos;operatore</source>
        <translation>Identified by the worker</translation>
    </message>
    <message>
        <source>Servizi già coinvolti</source>
        <translation>Services already involved</translation>
    </message>
    <message>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Prossimo appuntamento</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Note sull&apos;esito</source>
        <translation>Notes on the outcome</translation>
    </message>
    <message>
        <source>Privacy e consensi</source>
        <translation>Privacy and consent</translation>
    </message>
    <message>
        <source>Informativa consegnata il</source>
        <translation>Privacy notice given on</translation>
    </message>
    <message>
        <source>Consensi dati</source>
        <translation>Data consents</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Scegliere la persona che si è presentata: i suoi dati anagrafici (sesso, nascita, codice fiscale, recapiti, stato civile, cittadinanza, permesso di soggiorno) si inseriscono nella scheda Componenti.</source>
        <translation>Choose the person who came in: their personal details (sex, birth, tax code, contacts, marital status, citizenship, residence permit) are entered in the Members tab.</translation>
    </message>
    <message>
        <source>nato/a il {date}</source>
        <translation>born on {date}</translation>
    </message>
    <message>
        <source>a {place}</source>
        <translation>in {place}</translation>
    </message>
    <message>
        <source>CF {code}</source>
        <translation>TC {code}</translation>
    </message>
    <message>
        <source>senza codice fiscale</source>
        <translation>without a tax code</translation>
    </message>
    <message>
        <source>cittadinanza {c}</source>
        <translation>citizenship {c}</translation>
    </message>
    <message>
        <source>permesso di soggiorno: {p}</source>
        <translation>residence permit: {p}</translation>
    </message>
    <message>
        <source>Nessun dato anagrafico oltre al nome: completarli con «Dati anagrafici…».</source>
        <translation>No personal details besides the name: complete them with «Personal details…».</translation>
    </message>
</context>
<context>
    <name>InvitationPage</name>
    <message>
        <source>Unisciti a una rete</source>
        <translation>Join a network</translation>
    </message>
    <message>
        <source>Scegliete il file di invito ricevuto dal coordinamento. Poi telefonate al coordinamento e confrontate l&apos;impronta della chiave: deve essere identica.</source>
        <translation>Choose the invitation file received from the coordination. Then phone the coordination and compare the key fingerprint: it must be identical.</translation>
    </message>
    <message>
        <source>Nessun file scelto</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Scegli il file di invito…</source>
        <translation>Choose the invitation file…</translation>
    </message>
    <message>
        <source>Scegli il file di invito</source>
        <translation>Choose the invitation file</translation>
    </message>
    <message>
        <source>Invito genera (*.invito *.invite *.json);;Tutti i file (*)</source>
        <translation>genera invitation (*.invito *.invite *.json);;All files (*)</translation>
    </message>
    <message>
        <source>punto di comunità</source>
        <translation>Community Point</translation>
    </message>
    <message>
        <source>portatile del custode sociale</source>
        <translation>social caretaker&apos;s laptop</translation>
    </message>
    <message>
        <source>Rete: {name}</source>
        <translation>Network: {name}</translation>
    </message>
    <message>
        <source>Questa postazione: {name}</source>
        <translation>This workstation: {name}</translation>
    </message>
    <message>
        <source>Tipo: {role}</source>
        <translation>Type: {role}</translation>
    </message>
    <message>
        <source>Punto di comunità: {code}</source>
        <translation>Community Point: {code}</translation>
    </message>
    <message>
        <source>Coordinamento: {name}</source>
        <translation>Coordination: {name}</translation>
    </message>
    <message>
        <source>Impronta della chiave del coordinamento: {fp}</source>
        <translation>The coordination&apos;s key fingerprint: {fp}</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invita una postazione</source>
        <translation>Invite a workstation</translation>
    </message>
    <message>
        <source>es. Punto Montichiari</source>
        <translation>e.g. Montichiari Point</translation>
    </message>
    <message>
        <source>Punto di comunità</source>
        <translation>Community Point</translation>
    </message>
    <message>
        <source>Portatile del custode sociale</source>
        <translation>Social caretaker&apos;s laptop</translation>
    </message>
    <message>
        <source>Nome della postazione</source>
        <translation>Workstation name</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Salva l&apos;invito…</source>
        <translation>Save the invitation…</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Salva l&apos;invito</source>
        <translation>Save the invitation</translation>
    </message>
    <message>
        <source>Invito genera (*{ext})</source>
        <translation>genera invitation (*{ext})</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Modifica {kind}</source>
        <translation>Edit {kind}</translation>
    </message>
    <message>
        <source>Punto di Comunità</source>
        <translation>Community point</translation>
    </message>
    <message>
        <source>Punti di Comunità</source>
        <translation>Community points</translation>
    </message>
    <message>
        <source>Nuovo punto di comunità</source>
        <translation>New community point</translation>
    </message>
    <message>
        <source>Contesto abitativo</source>
        <translation>Housing context</translation>
    </message>
    <message>
        <source>Contesti abitativi</source>
        <translation>Housing contexts</translation>
    </message>
    <message>
        <source>Nuovo contesto abitativo</source>
        <translation>New housing context</translation>
    </message>
    <message>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Visite</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Nuova visita</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>Nucleo familiare</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Nuclei familiari</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Nuovo nucleo familiare</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Persone</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Nuova persona</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Accoglienza</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Accoglienze</source>
        <translation>Intakes</translation>
    </message>
    <message>
        <source>Nuova accoglienza</source>
        <translation>New intake</translation>
    </message>
    <message>
        <source>Salute</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Nuovi dati di salute</source>
        <translation>New health data</translation>
    </message>
    <message>
        <source>Colloquio</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Colloqui</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Nuovo colloquio</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Invio</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Invii</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Nuovo invio</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Promemoria</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Nuovo promemoria</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>Punto diffuso</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Punti diffusi</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Nuovo punto diffuso</source>
        <translation>New place</translation>
    </message>
    <message>
        <source>Organizzazione</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organizzazioni</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Nuova organizzazione</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Accordo</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Accordi</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Nuovo accordo</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Laboratorio</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Laboratori</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Nuovo laboratorio</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Incontro</source>
        <translation>Workshop session</translation>
    </message>
    <message>
        <source>Incontri</source>
        <translation>Workshop sessions</translation>
    </message>
    <message>
        <source>Nuovo incontro</source>
        <translation>New workshop session</translation>
    </message>
    <message>
        <source>Iscrizione</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>Iscrizioni</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <source>Nuova iscrizione</source>
        <translation>New enrolment</translation>
    </message>
    <message>
        <source>Presenza</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Presenze</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Nuova presenza</source>
        <translation>New attendance</translation>
    </message>
    <message>
        <source>Iniziativa dei cittadini</source>
        <translation>Citizens&apos; initiative</translation>
    </message>
    <message>
        <source>Iniziative dei cittadini</source>
        <translation>Citizens&apos; initiatives</translation>
    </message>
    <message>
        <source>Nuova iniziativa</source>
        <translation>New initiative</translation>
    </message>
    <message>
        <source>Zona del canone concordato</source>
        <translation>Agreed-rent zone</translation>
    </message>
    <message>
        <source>Zone del canone concordato</source>
        <translation>Agreed-rent zones</translation>
    </message>
    <message>
        <source>Nuova zona</source>
        <translation>New zone</translation>
    </message>
    <message>
        <source>Proprietario</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Proprietari</source>
        <translation>Landlords</translation>
    </message>
    <message>
        <source>Nuovo proprietario</source>
        <translation>New landlord</translation>
    </message>
    <message>
        <source>Alloggio</source>
        <translation>Dwelling</translation>
    </message>
    <message>
        <source>Alloggi</source>
        <translation>Dwellings</translation>
    </message>
    <message>
        <source>Nuovo alloggio</source>
        <translation>New dwelling</translation>
    </message>
    <message>
        <source>Contratto di locazione</source>
        <translation>Rent contract</translation>
    </message>
    <message>
        <source>Contratti di locazione</source>
        <translation>Rent contracts</translation>
    </message>
    <message>
        <source>Nuovo contratto</source>
        <translation>New contract</translation>
    </message>
    <message>
        <source>Fondo di garanzia</source>
        <translation>Guarantee fund</translation>
    </message>
    <message>
        <source>Fondi di garanzia</source>
        <translation>Guarantee funds</translation>
    </message>
    <message>
        <source>Nuovo fondo di garanzia</source>
        <translation>New guarantee fund</translation>
    </message>
    <message>
        <source>Domanda al fondo di garanzia</source>
        <translation>Guarantee application</translation>
    </message>
    <message>
        <source>Domande al fondo di garanzia</source>
        <translation>Guarantee applications</translation>
    </message>
    <message>
        <source>Nuova domanda</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Erogazione</source>
        <translation>Disbursement</translation>
    </message>
    <message>
        <source>Erogazioni</source>
        <translation>Disbursements</translation>
    </message>
    <message>
        <source>Nuova erogazione</source>
        <translation>New disbursement</translation>
    </message>
    <message>
        <source>Morosità</source>
        <translation>Arrears case</translation>
    </message>
    <message>
        <source>Nuova morosità</source>
        <translation>New arrears case</translation>
    </message>
    <message>
        <source>Rata</source>
        <translation>Installment</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Installments</translation>
    </message>
    <message>
        <source>Nuova rata</source>
        <translation>New installment</translation>
    </message>
    <message>
        <source>Coabitazione solidale</source>
        <translation>Co-housing pact</translation>
    </message>
    <message>
        <source>Coabitazioni solidali</source>
        <translation>Co-housing pacts</translation>
    </message>
    <message>
        <source>Nuova coabitazione</source>
        <translation>New co-housing pact</translation>
    </message>
    <message>
        <source>Disponibilità alla coabitazione</source>
        <translation>Co-housing offer</translation>
    </message>
    <message>
        <source>Nuova disponibilità</source>
        <translation>New offer</translation>
    </message>
    <message>
        <source>Visita di monitoraggio</source>
        <translation>Monitoring visit</translation>
    </message>
    <message>
        <source>Visite di monitoraggio</source>
        <translation>Monitoring visits</translation>
    </message>
    <message>
        <source>Offerta di lavoro</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>Offerte di lavoro</source>
        <translation>Vacancies</translation>
    </message>
    <message>
        <source>Nuova offerta</source>
        <translation>New vacancy</translation>
    </message>
    <message>
        <source>Profilo lavoro</source>
        <translation>Job profile</translation>
    </message>
    <message>
        <source>Profili lavoro</source>
        <translation>Job profiles</translation>
    </message>
    <message>
        <source>Nuovo profilo lavoro</source>
        <translation>New job profile</translation>
    </message>
    <message>
        <source>Candidatura</source>
        <translation>Candidacy</translation>
    </message>
    <message>
        <source>Candidature</source>
        <translation>Candidacies</translation>
    </message>
    <message>
        <source>Nuova candidatura</source>
        <translation>New candidacy</translation>
    </message>
    <message>
        <source>Corso</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Corsi</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Nuovo corso</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>Iscrizione a un corso</source>
        <translation>Course enrolment</translation>
    </message>
    <message>
        <source>Iscrizioni ai corsi</source>
        <translation>Course enrolments</translation>
    </message>
    <message>
        <source>Nuova iscrizione a un corso</source>
        <translation>New course enrolment</translation>
    </message>
    <message>
        <source>Scambio di competenze</source>
        <translation>Skill exchange</translation>
    </message>
    <message>
        <source>Scambi di competenze</source>
        <translation>Skill exchanges</translation>
    </message>
    <message>
        <source>Nuovo scambio di competenze</source>
        <translation>New skill exchange</translation>
    </message>
    <message>
        <source>Tirocinio</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>Tirocini</source>
        <translation>Internships</translation>
    </message>
    <message>
        <source>Nuovo tirocinio</source>
        <translation>New internship</translation>
    </message>
    <message>
        <source>Mese di tirocinio</source>
        <translation>Internship month</translation>
    </message>
    <message>
        <source>Mesi di tirocinio</source>
        <translation>Internship months</translation>
    </message>
    <message>
        <source>Nuovo mese di tirocinio</source>
        <translation>New internship month</translation>
    </message>
    <message>
        <source>Assunzione</source>
        <translation>Hiring</translation>
    </message>
    <message>
        <source>Assunzioni</source>
        <translation>Hirings</translation>
    </message>
    <message>
        <source>Nuova assunzione</source>
        <translation>New hiring</translation>
    </message>
    <message>
        <source>Incentivo</source>
        <translation>Incentive</translation>
    </message>
    <message>
        <source>Incentivi</source>
        <translation>Incentives</translation>
    </message>
    <message>
        <source>Nuovo incentivo</source>
        <translation>New incentive</translation>
    </message>
    <message>
        <source>Regola dei tirocini</source>
        <translation>Internship rule</translation>
    </message>
    <message>
        <source>Regole dei tirocini</source>
        <translation>Internship rules</translation>
    </message>
    <message>
        <source>Nuova regola dei tirocini</source>
        <translation>New internship rule</translation>
    </message>
    <message>
        <source>Consenso</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Consensi</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Nuovo consenso</source>
        <translation>New consent</translation>
    </message>
    <message>
        <source>Formazione scuola-lavoro</source>
        <translation>School-work experience</translation>
    </message>
    <message>
        <source>Esperienze di formazione scuola-lavoro</source>
        <translation>School-work experiences</translation>
    </message>
    <message>
        <source>Nuova esperienza scuola-lavoro</source>
        <translation>New school-work experience</translation>
    </message>
    <message>
        <source>Ore di formazione scuola-lavoro</source>
        <translation>School-work hours</translation>
    </message>
    <message>
        <source>Registro ore scuola-lavoro</source>
        <translation>School-work hours</translation>
    </message>
    <message>
        <source>Nuove ore</source>
        <translation>New hours</translation>
    </message>
    <message>
        <source>Scheda del ragazzo</source>
        <translation>Youth file</translation>
    </message>
    <message>
        <source>Schede dei ragazzi</source>
        <translation>Youth files</translation>
    </message>
    <message>
        <source>Nuova scheda</source>
        <translation>New youth file</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Nuovo</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Attivo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Preso in carico</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <source>Sospeso</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Chiuso</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Femmina</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Maschio</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Sì</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>In attesa</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Celibe / nubile</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>Coniugato/a</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Convivente</source>
        <translation>Cohabiting</translation>
    </message>
    <message>
        <source>Separato/a</source>
        <translation>Separated</translation>
    </message>
    <message>
        <source>Divorziato/a</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Vedovo/a</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>Nessun titolo</source>
        <translation>No qualification</translation>
    </message>
    <message>
        <source>Licenza elementare</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>Licenza media</source>
        <translation>Lower secondary school</translation>
    </message>
    <message>
        <source>Qualifica professionale</source>
        <translation>Vocational qualification</translation>
    </message>
    <message>
        <source>Diploma superiore</source>
        <translation>Upper secondary diploma</translation>
    </message>
    <message>
        <source>Laurea</source>
        <translation>University degree</translation>
    </message>
    <message>
        <source>Occupato/a</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>Disoccupato/a</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <source>Studente/ssa</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Casalingo/a</source>
        <translation>Homemaker</translation>
    </message>
    <message>
        <source>Pensionato/a</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Inabile al lavoro</source>
        <translation>Unable to work</translation>
    </message>
    <message>
        <source>Persona di riferimento</source>
        <translation>Reference person</translation>
    </message>
    <message>
        <source>Coniuge</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Figlio/a</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Genitore</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Fratello / sorella</source>
        <translation>Brother / sister</translation>
    </message>
    <message>
        <source>Nipote</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Nonno/a</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>Altro parente</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>Altro (non parente)</source>
        <translation>Other (not a relative)</translation>
    </message>
    <message>
        <source>Contatto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Accesso diretto</source>
        <translation>Came directly</translation>
    </message>
    <message>
        <source>Su invio di altri</source>
        <translation>Referred by others</translation>
    </message>
    <message>
        <source>Proprietà</source>
        <translation>Owned</translation>
    </message>
    <message>
        <source>Affitto</source>
        <translation>Rented</translation>
    </message>
    <message>
        <source>Casa popolare (ERP)</source>
        <translation>Public housing (ERP)</translation>
    </message>
    <message>
        <source>Ospite</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Occupazione senza titolo</source>
        <translation>Occupied without title</translation>
    </message>
    <message>
        <source>Senza dimora</source>
        <translation>Homeless</translation>
    </message>
    <message>
        <source>Altro</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Lavoro</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Pensione</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>Sussidi e contributi</source>
        <translation>Benefits and grants</translation>
    </message>
    <message>
        <source>Assegno di mantenimento</source>
        <translation>Maintenance payments</translation>
    </message>
    <message>
        <source>Lavoro informale / aiuti</source>
        <translation>Informal work / help</translation>
    </message>
    <message>
        <source>Nessun reddito</source>
        <translation>No income</translation>
    </message>
    <message>
        <source>Economico</source>
        <translation>Economic</translation>
    </message>
    <message>
        <source>Abitativo</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Familiare</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Migrazione</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Istruzione</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Salute</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Invio ad altro servizio</source>
        <translation>Referral to another service</translation>
    </message>
    <message>
        <source>Presa in carico</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <source>Informazioni e orientamento</source>
        <translation>Information and guidance</translation>
    </message>
    <message>
        <source>Trattamento dei dati personali</source>
        <translation>Processing of personal data</translation>
    </message>
    <message>
        <source>Trattamento dei dati di salute e particolari</source>
        <translation>Processing of health and special-category data</translation>
    </message>
    <message>
        <source>Condivisione con la rete dei servizi</source>
        <translation>Sharing with the network of services</translation>
    </message>
    <message>
        <source>Essere ricontattato/a</source>
        <translation>Being contacted again</translation>
    </message>
    <message>
        <source>Colloquio</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Telefonata</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Visita domiciliare</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Invio</source>
        <translation>Referral out</translation>
    </message>
    <message>
        <source>Segnalazione</source>
        <translation>Referral in</translation>
    </message>
    <message>
        <source>Inviato</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accolto</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>In corso</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Concluso</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Rifiutato</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>ALER</source>
        <translation>ALER</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Privato</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Edificio</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Complesso / isolato</source>
        <translation>Estate / block</translation>
    </message>
    <message>
        <source>Condominio sociale</source>
        <translation>Social housing block</translation>
    </message>
    <message>
        <source>Servizi sociali</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>Portiere</source>
        <translation>Porter</translation>
    </message>
    <message>
        <source>Vicino di casa</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <source>La persona stessa</source>
        <translation>The person themselves</translation>
    </message>
    <message>
        <source>Custode sociale</source>
        <translation>Social caretaker</translation>
    </message>
    <message>
        <source>Spazi comuni</source>
        <translation>Shared spaces</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Accompagnamento</source>
        <translation>Accompaniment</translation>
    </message>
    <message>
        <source>Attività di gruppo</source>
        <translation>Group activity</translation>
    </message>
    <message>
        <source>Solitudine</source>
        <translation>Loneliness</translation>
    </message>
    <message>
        <source>Supporto emotivo</source>
        <translation>Emotional support</translation>
    </message>
    <message>
        <source>Guasto / manutenzione</source>
        <translation>Fault / maintenance</translation>
    </message>
    <message>
        <source>Conflitto di vicinato</source>
        <translation>Conflict between neighbours</translation>
    </message>
    <message>
        <source>Vandalismo</source>
        <translation>Vandalism</translation>
    </message>
    <message>
        <source>Morosità</source>
        <translation>Rent arrears</translation>
    </message>
    <message>
        <source>Rischio igienico-sanitario</source>
        <translation>Health and hygiene risk</translation>
    </message>
    <message>
        <source>Barriere architettoniche</source>
        <translation>Architectural barriers</translation>
    </message>
    <message>
        <source>Aiuto digitale (es. SPID)</source>
        <translation>Digital help (e.g. SPID)</translation>
    </message>
    <message>
        <source>Medico di base</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Punto di Comunità</source>
        <translation>Community point</translation>
    </message>
    <message>
        <source>Piazza</source>
        <translation>Square</translation>
    </message>
    <message>
        <source>Parco</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Biblioteca</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Aula studio</source>
        <translation>Study room</translation>
    </message>
    <message>
        <source>Scuola</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Parrocchia / oratorio</source>
        <translation>Parish / youth centre</translation>
    </message>
    <message>
        <source>Impianto sportivo</source>
        <translation>Sports ground</translation>
    </message>
    <message>
        <source>Servizio pubblico</source>
        <translation>Public service</translation>
    </message>
    <message>
        <source>Cooperativa</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Associazione</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Impresa</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Agenzia per il lavoro</source>
        <translation>Staffing agency</translation>
    </message>
    <message>
        <source>Agenzia immobiliare</source>
        <translation>Estate agency</translation>
    </message>
    <message>
        <source>Parrocchia</source>
        <translation>Parish</translation>
    </message>
    <message>
        <source>Fondazione</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <source>Convenzione</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Protocollo d&apos;intesa</source>
        <translation>Memorandum of understanding</translation>
    </message>
    <message>
        <source>Patto di collaborazione</source>
        <translation>Collaboration pact</translation>
    </message>
    <message>
        <source>Sostegno alle famiglie</source>
        <translation>Family support</translation>
    </message>
    <message>
        <source>Genitorialità</source>
        <translation>Parenting</translation>
    </message>
    <message>
        <source>Alimentazione</source>
        <translation>Nutrition</translation>
    </message>
    <message>
        <source>Competenze digitali</source>
        <translation>Digital skills</translation>
    </message>
    <message>
        <source>Lingua italiana</source>
        <translation>Italian language</translation>
    </message>
    <message>
        <source>Abitare</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Giovani</source>
        <translation>Youth</translation>
    </message>
    <message>
        <source>Cultura</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Adulti</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Famiglie</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Ragazzi</source>
        <translation>Young people</translation>
    </message>
    <message>
        <source>Bambini</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Tutti</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>In programma</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Annullato</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Iscritto/a</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Ritirato/a</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Percorso completato</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Assente giustificato/a</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Proposta</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>In valutazione</source>
        <translation>Under evaluation</translation>
    </message>
    <message>
        <source>Accolta</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Respinta</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Conclusa</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Ritirata</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Salute e disabilità</source>
        <translation>Health and disability</translation>
    </message>
    <message>
        <source>Piano adolescenti</source>
        <translation>Adolescents&apos; plan</translation>
    </message>
    <message>
        <source>Piano lavoro</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>Piano casa</source>
        <translation>Housing plan</translation>
    </message>
    <message>
        <source>Identificativo</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Nucleo familiare</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>16 caratteri (omocodie comprese) o 11 cifre se provvisorio</source>
        <translation>16 characters (homocodes included), or 11 digits if provisional</translation>
    </message>
    <message>
        <source>Senza codice fiscale</source>
        <translation>No tax code</translation>
    </message>
    <message>
        <source>La persona non ha un codice fiscale: non è una dimenticanza</source>
        <translation>The person has no tax code: it was not forgotten</translation>
    </message>
    <message>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Luogo di nascita</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Cittadinanza</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Permesso di soggiorno</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Stato civile</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Titolo di studio</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Condizione lavorativa</source>
        <translation>Work status</translation>
    </message>
    <message>
        <source>Relazione con la persona di riferimento</source>
        <translation>Relation to the reference person</translation>
    </message>
    <message>
        <source>Invio: verso un altro servizio; segnalazione: da un altro servizio</source>
        <translation>Referral: to another service; report: from another service</translation>
    </message>
    <message>
        <source>Ente o servizio</source>
        <translation>Agency or service</translation>
    </message>
    <message>
        <source>A chi o da chi</source>
        <translation>To or from whom</translation>
    </message>
    <message>
        <source>Il punto che lo anima</source>
        <translation>The point that runs it</translation>
    </message>
    <message>
        <source>Tipo di luogo</source>
        <translation>Type of place</translation>
    </message>
    <message>
        <source>Tipo di ente</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>11 cifre, con la cifra di controllo</source>
        <translation>11 digits, with the check digit</translation>
    </message>
    <message>
        <source>Codice fiscale dell&apos;ente</source>
        <translation>Organisation&apos;s tax code</translation>
    </message>
    <message>
        <source>Partner del programma</source>
        <translation>Partner of the programme</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Codice ATECO</source>
        <translation>ATECO code</translation>
    </message>
    <message>
        <source>Attività economica, dalla classificazione ATECO 2025</source>
        <translation>Economic activity, from the ATECO 2025 classification</translation>
    </message>
    <message>
        <source>Addetti</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Quante persone ci lavorano</source>
        <translation>How many people work there</translation>
    </message>
    <message>
        <source>Referente</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Organizzazione</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tipo di accordo</source>
        <translation>Type of agreement</translation>
    </message>
    <message>
        <source>Oggetto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Firmato il</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Vuoto se riguarda tutta la rete</source>
        <translation>Empty if it concerns the whole network</translation>
    </message>
    <message>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Destinatari</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Forma</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Un laboratorio, o un gruppo di ragazzi (Adolescenti); vuoto è un laboratorio</source>
        <translation>A workshop, or a youth group (Adolescents); empty is a workshop</translation>
    </message>
    <message>
        <source>Luogo</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Il punto diffuso dove si tiene</source>
        <translation>The place where it is held</translation>
    </message>
    <message>
        <source>Ente che lo conduce</source>
        <translation>Organisation running it</translation>
    </message>
    <message>
        <source>Un partner della rete</source>
        <translation>A partner of the network</translation>
    </message>
    <message>
        <source>Ente</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Chi conduce</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Il nome utente dell&apos;operatore</source>
        <translation>The operator&apos;s user name</translation>
    </message>
    <message>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Laboratorio</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Dalle</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Vuoto se è quello del laboratorio</source>
        <translation>Empty if it is the workshop&apos;s</translation>
    </message>
    <message>
        <source>Argomento</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Ospiti senza nome</source>
        <translation>Unnamed guests</translation>
    </message>
    <message>
        <source>Persone venute senza registrarsi</source>
        <translation>People who came without registering</translation>
    </message>
    <message>
        <source>Ospiti</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Quello del laboratorio, messo dall&apos;app</source>
        <translation>The workshop&apos;s, set by the app</translation>
    </message>
    <message>
        <source>Iscritto/a il</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Incontro</source>
        <translation>Workshop session</translation>
    </message>
    <message>
        <source>Proposta il</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <source>Proposta da (persona)</source>
        <translation>Proposed by (person)</translation>
    </message>
    <message>
        <source>Proponente</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Proposta da (ente)</source>
        <translation>Proposed by (organisation)</translation>
    </message>
    <message>
        <source>Ente proponente</source>
        <translation>Proposing organisation</translation>
    </message>
    <message>
        <source>Cambia solo con i passaggi previsti</source>
        <translation>Changes only through the steps of the flow</translation>
    </message>
    <message>
        <source>Sostegno richiesto (€)</source>
        <translation>Support requested (€)</translation>
    </message>
    <message>
        <source>Richiesto</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Sostegno concesso (€)</source>
        <translation>Support granted (€)</translation>
    </message>
    <message>
        <source>Solo per un&apos;iniziativa accolta</source>
        <translation>Only for an accepted initiative</translation>
    </message>
    <message>
        <source>Concesso</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Decisa il</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Necessaria per accogliere o respingere</source>
        <translation>Needed to accept or reject</translation>
    </message>
    <message>
        <source>Patto di collaborazione firmato il</source>
        <translation>Collaboration pact signed on</translation>
    </message>
    <message>
        <source>Rendiconto atteso entro</source>
        <translation>Report due by</translation>
    </message>
    <message>
        <source>Rendiconto entro</source>
        <translation>Report due</translation>
    </message>
    <message>
        <source>Rendiconto ricevuto il</source>
        <translation>Report received on</translation>
    </message>
    <message>
        <source>Partecipanti</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Quante persone hanno preso parte</source>
        <translation>How many people took part</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Unita a</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Scala / interno</source>
        <translation>Staircase / flat</translation>
    </message>
    <message>
        <source>Contesto abitativo</source>
        <translation>Housing context</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>N. pratica</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Assegnato al primo salvataggio: codice del punto, anno, numero</source>
        <translation>Given at the first save: the point&apos;s code, the year, a number</translation>
    </message>
    <message>
        <source>Pratica</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Registrato il</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Come è arrivata</source>
        <translation>How they came</translation>
    </message>
    <message>
        <source>Inviata da</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Titolo di godimento dell&apos;abitazione</source>
        <translation>Housing tenure</translation>
    </message>
    <message>
        <source>Sovraffollamento</source>
        <translation>Overcrowding</translation>
    </message>
    <message>
        <source>Sfratto</source>
        <translation>Eviction</translation>
    </message>
    <message>
        <source>Fonti di reddito</source>
        <translation>Income sources</translation>
    </message>
    <message>
        <source>Valore ISEE</source>
        <translation>ISEE value</translation>
    </message>
    <message>
        <source>In euro, come sull&apos;attestazione</source>
        <translation>In euro, as on the certificate</translation>
    </message>
    <message>
        <source>Data ISEE</source>
        <translation>ISEE date</translation>
    </message>
    <message>
        <source>Bisogni espressi</source>
        <translation>Needs stated</translation>
    </message>
    <message>
        <source>Bisogni rilevati</source>
        <translation>Needs observed</translation>
    </message>
    <message>
        <source>Servizi già coinvolti</source>
        <translation>Services already involved</translation>
    </message>
    <message>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note sull&apos;esito</source>
        <translation>Notes on the outcome</translation>
    </message>
    <message>
        <source>Prossimo appuntamento</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Informativa privacy consegnata il</source>
        <translation>Privacy notice given on</translation>
    </message>
    <message>
        <source>Consensi</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Disabilità</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Percentuale di invalidità</source>
        <translation>Invalidity percentage</translation>
    </message>
    <message>
        <source>Invalidità riconosciuta</source>
        <translation>Recognised invalidity</translation>
    </message>
    <message>
        <source>Non autosufficienza</source>
        <translation>Dependence</translation>
    </message>
    <message>
        <source>Condizioni</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Tipo di contatto</source>
        <translation>Contact type</translation>
    </message>
    <message>
        <source>Riferimento di importazione</source>
        <translation>Import reference</translation>
    </message>
    <message>
        <source>Il household_ref della riga del file che lo ha importato</source>
        <translation>The household_ref of the file row that imported it</translation>
    </message>
    <message>
        <source>Relazione</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Quello della persona, messo dall&apos;app</source>
        <translation>The person&apos;s, set by the app</translation>
    </message>
    <message>
        <source>Da 0 a 100, come sul verbale</source>
        <translation>From 0 to 100, as in the assessment</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vuoto se riguarda tutto il nucleo</source>
        <translation>Empty when it concerns the whole household</translation>
    </message>
    <message>
        <source>Direzione</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Organizzazione della rete</source>
        <translation>Organisation of the network</translation>
    </message>
    <message>
        <source>L&apos;ente nell&apos;elenco della rete, se c&apos;è</source>
        <translation>The organisation in the network&apos;s directory, if it is there</translation>
    </message>
    <message>
        <source>Scadenza</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Cosa fare</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Fatto</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Fatto il</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Ora</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Lettere maiuscole e cifre, es. MON: apre il numero di pratica dei nuclei</source>
        <translation>Capital letters and digits, e.g. MON: it begins the households&apos; case numbers</translation>
    </message>
    <message>
        <source>Denominazione</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ente gestore</source>
        <translation>Managed by</translation>
    </message>
    <message>
        <source>Tipo di contesto</source>
        <translation>Kind of context</translation>
    </message>
    <message>
        <source>Postazione del custode sociale</source>
        <translation>Social custodian&apos;s station</translation>
    </message>
    <message>
        <source>Il portatile che segue il contesto: riceve i nuclei che ci abitano</source>
        <translation>The laptop that covers the context: it receives the households living there</translation>
    </message>
    <message>
        <source>Persona incontrata</source>
        <translation>Person met</translation>
    </message>
    <message>
        <source>Segnalato da</source>
        <translation>Flagged by</translation>
    </message>
    <message>
        <source>Problemi osservati</source>
        <translation>Issues observed</translation>
    </message>
    <message>
        <source>Azioni</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Invii</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Prossima visita</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <source>Presente</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Assente</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Giustificato</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Società</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Ente pubblico</source>
        <translation>Public body</translation>
    </message>
    <message>
        <source>Disponibile</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Affittato</source>
        <translation>Let</translation>
    </message>
    <message>
        <source>Ritirato</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Canone concordato (3+2)</source>
        <translation>Agreed rent (3+2)</translation>
    </message>
    <message>
        <source>Canone libero (4+4)</source>
        <translation>Free rent (4+4)</translation>
    </message>
    <message>
        <source>Transitorio</source>
        <translation>Transitional</translation>
    </message>
    <message>
        <source>Per studenti</source>
        <translation>For students</translation>
    </message>
    <message>
        <source>Nella fascia</source>
        <translation>Within the band</translation>
    </message>
    <message>
        <source>Sotto la fascia</source>
        <translation>Below the band</translation>
    </message>
    <message>
        <source>Sopra la fascia</source>
        <translation>Above the band</translation>
    </message>
    <message>
        <source>Non verificabile</source>
        <translation>Cannot be checked</translation>
    </message>
    <message>
        <source>Perdita del lavoro</source>
        <translation>Job loss</translation>
    </message>
    <message>
        <source>Riduzione dell&apos;orario</source>
        <translation>Reduced hours</translation>
    </message>
    <message>
        <source>Malattia</source>
        <translation>Illness</translation>
    </message>
    <message>
        <source>Decesso di un componente</source>
        <translation>Death of a member</translation>
    </message>
    <message>
        <source>Separazione</source>
        <translation>Separation</translation>
    </message>
    <message>
        <source>Presentata</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Istruita</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Approvata</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Erogata</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <source>Chiusa</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Aperta</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Piano di rientro concordato</source>
        <translation>Repayment plan agreed</translation>
    </message>
    <message>
        <source>Risolta</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Nessuno</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Intimazione</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Convalida</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Esecuzione</source>
        <translation>Execution</translation>
    </message>
    <message>
        <source>Selezione</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Conoscenza</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Negoziazione</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Gestione</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Monitoraggio</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Ospita</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Cerca alloggio</source>
        <translation>Looks for a room</translation>
    </message>
    <message>
        <source>Compagnia</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Spesa</source>
        <translation>Shopping</translation>
    </message>
    <message>
        <source>Pulizie</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>Cucina</source>
        <translation>Cooking</translation>
    </message>
    <message>
        <source>Commissioni e accompagnamenti</source>
        <translation>Errands and escorting</translation>
    </message>
    <message>
        <source>Presenza di notte</source>
        <translation>Night presence</translation>
    </message>
    <message>
        <source>Telefono e computer</source>
        <translation>Phone and computer</translation>
    </message>
    <message>
        <source>Mattina</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Pomeriggio</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Sera</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>Notte</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Fine settimana</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>In coabitazione</source>
        <translation>Paired</translation>
    </message>
    <message>
        <source>Operatore del punto</source>
        <translation>Point&apos;s staff</translation>
    </message>
    <message>
        <source>Va bene</source>
        <translation>Going well</translation>
    </message>
    <message>
        <source>Da seguire</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Critica</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Codice della zona</source>
        <translation>Zone code</translation>
    </message>
    <message>
        <source>Come nell&apos;accordo territoriale, es. A1</source>
        <translation>As in the local agreement, e.g. A1</translation>
    </message>
    <message>
        <source>Zona</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Fascia minima (€/m² al mese)</source>
        <translation>Band minimum (€/m² a month)</translation>
    </message>
    <message>
        <source>Minimo €/m²</source>
        <translation>Min €/m²</translation>
    </message>
    <message>
        <source>Fascia massima (€/m² al mese)</source>
        <translation>Band maximum (€/m² a month)</translation>
    </message>
    <message>
        <source>Massimo €/m²</source>
        <translation>Max €/m²</translation>
    </message>
    <message>
        <source>Accordo territoriale</source>
        <translation>Local agreement</translation>
    </message>
    <message>
        <source>Quale accordo fissa la fascia, e di quando</source>
        <translation>Which agreement sets the band, and its date</translation>
    </message>
    <message>
        <source>Valida dal</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Nome o ragione sociale</source>
        <translation>Name or company name</translation>
    </message>
    <message>
        <source>Tipo di proprietario</source>
        <translation>Landlord type</translation>
    </message>
    <message>
        <source>Codice fiscale o partita IVA</source>
        <translation>Tax code or VAT number</translation>
    </message>
    <message>
        <source>L&apos;agenzia della rete che lo segue, se c&apos;è</source>
        <translation>The network&apos;s estate agency that deals with them, if any</translation>
    </message>
    <message>
        <source>Agenzia</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Proprietario</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Locali</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Superficie (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Piano</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Ascensore</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Accessibile</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <source>Senza barriere per chi è in carrozzina</source>
        <translation>No barriers for a wheelchair user</translation>
    </message>
    <message>
        <source>Canone richiesto (€ al mese)</source>
        <translation>Rent asked (€ a month)</translation>
    </message>
    <message>
        <source>Canone</source>
        <translation>Rent</translation>
    </message>
    <message>
        <source>Zona del canone concordato</source>
        <translation>Agreed-rent zone</translation>
    </message>
    <message>
        <source>Il codice della zona nell&apos;accordo territoriale del comune</source>
        <translation>The zone&apos;s code in the comune&apos;s local agreement</translation>
    </message>
    <message>
        <source>Disponibile dal</source>
        <translation>Available from</translation>
    </message>
    <message>
        <source>Alloggio</source>
        <translation>Dwelling</translation>
    </message>
    <message>
        <source>Decorrenza</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Tipo di contratto</source>
        <translation>Contract type</translation>
    </message>
    <message>
        <source>Canone mensile (€)</source>
        <translation>Monthly rent (€)</translation>
    </message>
    <message>
        <source>Cedolare secca</source>
        <translation>Flat tax (cedolare secca)</translation>
    </message>
    <message>
        <source>Fine del primo periodo</source>
        <translation>End of the first term</translation>
    </message>
    <message>
        <source>Canone concordato: il giorno prima del terzo anniversario</source>
        <translation>Agreed rent: the day before the third anniversary</translation>
    </message>
    <message>
        <source>Fine della proroga</source>
        <translation>End of the renewal</translation>
    </message>
    <message>
        <source>Due anni dopo la fine del primo periodo</source>
        <translation>Two years after the end of the first term</translation>
    </message>
    <message>
        <source>Canone rispetto alla fascia</source>
        <translation>Rent against the band</translation>
    </message>
    <message>
        <source>Il canone al m² rispetto alla fascia della zona dell&apos;alloggio</source>
        <translation>The rent per m² against the band of the dwelling&apos;s zone</translation>
    </message>
    <message>
        <source>Fascia</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Dotazione (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <source>Dotazione</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>ISEE massimo (€)</source>
        <translation>Maximum ISEE (€)</translation>
    </message>
    <message>
        <source>Oltre questo valore una domanda non si approva</source>
        <translation>An application above this value is not approved</translation>
    </message>
    <message>
        <source>ISEE max</source>
        <translation>Max ISEE</translation>
    </message>
    <message>
        <source>Valido dal</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valido fino al</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Impegnato (€)</source>
        <translation>Committed (€)</translation>
    </message>
    <message>
        <source>Gli importi approvati delle domande approvate, erogate o chiuse</source>
        <translation>The approved amounts of the applications approved, disbursed or closed</translation>
    </message>
    <message>
        <source>Impegnato</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Erogato (€)</source>
        <translation>Disbursed (€)</translation>
    </message>
    <message>
        <source>Erogato</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <source>Disponibile (€)</source>
        <translation>Available (€)</translation>
    </message>
    <message>
        <source>La dotazione meno l&apos;impegnato</source>
        <translation>The budget less what is committed</translation>
    </message>
    <message>
        <source>Fondo</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Contratto</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Importo richiesto (€)</source>
        <translation>Amount requested (€)</translation>
    </message>
    <message>
        <source>Causa della difficoltà</source>
        <translation>Cause of the difficulty</translation>
    </message>
    <message>
        <source>Causa</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Approvare, respingere ed erogare spetta al coordinamento</source>
        <translation>Approving, rejecting and disbursing are for the coordinator</translation>
    </message>
    <message>
        <source>Importo approvato (€)</source>
        <translation>Amount approved (€)</translation>
    </message>
    <message>
        <source>Lo decide il coordinamento</source>
        <translation>Decided by the coordinator</translation>
    </message>
    <message>
        <source>Approvato</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Domanda</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Importo (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Pagato a</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <source>Il proprietario che riceve il denaro</source>
        <translation>The landlord who receives the money</translation>
    </message>
    <message>
        <source>Quello della domanda, messo dall&apos;app</source>
        <translation>The application&apos;s, set by the app</translation>
    </message>
    <message>
        <source>Debito (€)</source>
        <translation>Amount owed (€)</translation>
    </message>
    <message>
        <source>Debito</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>Mensilità non pagate</source>
        <translation>Months unpaid</translation>
    </message>
    <message>
        <source>Mesi</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Aperta il</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Fase dello sfratto</source>
        <translation>Eviction stage</translation>
    </message>
    <message>
        <source>Data della fase di sfratto</source>
        <translation>Date of the eviction stage</translation>
    </message>
    <message>
        <source>Intimazione notificata, udienza di convalida o accesso dell&apos;ufficiale</source>
        <translation>Notice served, validation hearing or the bailiff&apos;s visit</translation>
    </message>
    <message>
        <source>Chiusa il</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Pagata il</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Quello della morosità, messo dall&apos;app</source>
        <translation>The arrears case&apos;s, set by the app</translation>
    </message>
    <message>
        <source>Chi ospita</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Chi è ospitato</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Contributo mensile (€)</source>
        <translation>Monthly contribution (€)</translation>
    </message>
    <message>
        <source>Contributo</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Impegni reciproci</source>
        <translation>Mutual commitments</translation>
    </message>
    <message>
        <source>Aiuto in casa, regole, orari</source>
        <translation>Help at home, rules, times</translation>
    </message>
    <message>
        <source>Nucleo di chi ospita</source>
        <translation>Host&apos;s household</translation>
    </message>
    <message>
        <source>Messo dall&apos;app</source>
        <translation>Set by the app</translation>
    </message>
    <message>
        <source>Nucleo di chi è ospitato</source>
        <translation>Guest&apos;s household</translation>
    </message>
    <message>
        <source>Fine del mese di prova</source>
        <translation>End of the trial month</translation>
    </message>
    <message>
        <source>Ospita o cerca alloggio</source>
        <translation>Hosts or looks for a room</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Stanza</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Quella offerta da chi ospita, o cercata: singola, con bagno, arredata…</source>
        <translation>The one the host offers, or the one sought: single, with bathroom, furnished…</translation>
    </message>
    <message>
        <source>Chiesto da chi ospita; il massimo che può dare chi cerca alloggio</source>
        <translation>Asked by the host; the most the guest can give</translation>
    </message>
    <message>
        <source>Aiuto in casa</source>
        <translation>Help at home</translation>
    </message>
    <message>
        <source>Chiesto da chi ospita, offerto da chi cerca alloggio</source>
        <translation>Asked by the host, offered by the guest</translation>
    </message>
    <message>
        <source>Presenza in casa</source>
        <translation>Presence at home</translation>
    </message>
    <message>
        <source>Quando chi ospita vorrebbe qualcuno in casa; quando chi cerca alloggio c&apos;è</source>
        <translation>When the host would like someone at home; when the guest is there</translation>
    </message>
    <message>
        <source>In casa</source>
        <translation>At home</translation>
    </message>
    <message>
        <source>Fumo</source>
        <translation>Smoking</translation>
    </message>
    <message>
        <source>Chi ospita lo accetta; chi cerca alloggio fuma</source>
        <translation>The host accepts it; the guest smokes</translation>
    </message>
    <message>
        <source>Animali</source>
        <translation>Pets</translation>
    </message>
    <message>
        <source>Chi ospita li accetta; chi cerca alloggio ne ha</source>
        <translation>The host accepts them; the guest has one</translation>
    </message>
    <message>
        <source>Regole della casa</source>
        <translation>House rules</translation>
    </message>
    <message>
        <source>Ospiti, silenzio, uso della cucina…</source>
        <translation>Visitors, quiet, use of the kitchen…</translation>
    </message>
    <message>
        <source>Orari</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Lavoro, studio, rientri</source>
        <translation>Work, study, coming home</translation>
    </message>
    <message>
        <source>Coabitazione</source>
        <translation>Co-housing pact</translation>
    </message>
    <message>
        <source>Visita fatta da</source>
        <translation>Visit made by</translation>
    </message>
    <message>
        <source>Visitatore</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Nome di chi ha visitato</source>
        <translation>Name of the visitor</translation>
    </message>
    <message>
        <source>Come va</source>
        <translation>How it goes</translation>
    </message>
    <message>
        <source>Quello della coabitazione, messo dall&apos;app</source>
        <translation>The co-housing pact&apos;s, set by the app</translation>
    </message>
    <message>
        <source>Nel mese di prova</source>
        <translation>In the trial month</translation>
    </message>
    <message>
        <source>Collocato/a</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Tempo pieno</source>
        <translation>Full time</translation>
    </message>
    <message>
        <source>Tempo parziale</source>
        <translation>Part time</translation>
    </message>
    <message>
        <source>Indifferente</source>
        <translation>Either</translation>
    </message>
    <message>
        <source>Patente AM</source>
        <translation>AM licence</translation>
    </message>
    <message>
        <source>Patente A</source>
        <translation>A licence</translation>
    </message>
    <message>
        <source>Patente B</source>
        <translation>B licence</translation>
    </message>
    <message>
        <source>Patente C</source>
        <translation>C licence</translation>
    </message>
    <message>
        <source>Patente D</source>
        <translation>D licence</translation>
    </message>
    <message>
        <source>Carta di qualificazione del conducente (CQC)</source>
        <translation>Driver qualification card (CQC)</translation>
    </message>
    <message>
        <source>Tempo indeterminato</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Tempo determinato</source>
        <translation>Fixed term</translation>
    </message>
    <message>
        <source>Apprendistato</source>
        <translation>Apprenticeship</translation>
    </message>
    <message>
        <source>Somministrazione</source>
        <translation>Agency work</translation>
    </message>
    <message>
        <source>Stagionale</source>
        <translation>Seasonal</translation>
    </message>
    <message>
        <source>Coperta</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Inviata</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Assunto/a</source>
        <translation>Hired</translation>
    </message>
    <message>
        <source>Non selezionato/a</source>
        <translation>Not selected</translation>
    </message>
    <message>
        <source>Corso completato</source>
        <translation>Course completed</translation>
    </message>
    <message>
        <source>Abbandonato</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Offre</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Cerca</source>
        <translation>Asks</translation>
    </message>
    <message>
        <source>Extracurriculare</source>
        <translation>Extracurricular</translation>
    </message>
    <message>
        <source>Di inclusione</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <source>Da avviare</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Interrotto</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>Impresa o agenzia</source>
        <translation>Company or agency</translation>
    </message>
    <message>
        <source>Posizione</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Professione</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Un codice del catalogo delle professioni</source>
        <translation>A code of the occupations catalogue</translation>
    </message>
    <message>
        <source>Comune di lavoro</source>
        <translation>Place of work</translation>
    </message>
    <message>
        <source>Posti</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Orario</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Patenti richieste</source>
        <translation>Required licences</translation>
    </message>
    <message>
        <source>Competenze indispensabili</source>
        <translation>Required skills</translation>
    </message>
    <message>
        <source>Competenze gradite</source>
        <translation>Nice-to-have skills</translation>
    </message>
    <message>
        <source>Scade il</source>
        <translation>Closes on</translation>
    </message>
    <message>
        <source>Distanza massima (km)</source>
        <translation>Maximum distance (km)</translation>
    </message>
    <message>
        <source>Fin dove è disposta ad andare</source>
        <translation>How far they are willing to travel</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Patenti</source>
        <translation>Driving licences</translation>
    </message>
    <message>
        <source>Mezzo proprio</source>
        <translation>Own vehicle</translation>
    </message>
    <message>
        <source>Professioni</source>
        <translation>Occupations</translation>
    </message>
    <message>
        <source>Codici del catalogo delle professioni</source>
        <translation>Codes of the occupations catalogue</translation>
    </message>
    <message>
        <source>Competenze</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Codici del catalogo delle competenze</source>
        <translation>Codes of the skills catalogue</translation>
    </message>
    <message>
        <source>Lingue</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Lingua e livello, come it:C1 o en:A2</source>
        <translation>Language and level, like it:C1 or en:A2</translation>
    </message>
    <message>
        <source>Iscrizione al Centro per l&apos;impiego (DID)</source>
        <translation>Job centre registration (DID)</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>Esperienze di lavoro</source>
        <translation>Past jobs</translation>
    </message>
    <message>
        <source>Una per riga: mansione, datore di lavoro, anni</source>
        <translation>One a line: job, employer, years</translation>
    </message>
    <message>
        <source>Consenso a inviare il CV</source>
        <translation>Consent to send the CV</translation>
    </message>
    <message>
        <source>Senza, la scheda CV non si stampa</source>
        <translation>Without it the CV sheet is not printed</translation>
    </message>
    <message>
        <source>Offerta</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>Punteggio</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Quello dell&apos;abbinamento al momento della proposta</source>
        <translation>The match&apos;s, when it was proposed</translation>
    </message>
    <message>
        <source>Motivi</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Colloquio il</source>
        <translation>Interview on</translation>
    </message>
    <message>
        <source>Ente di formazione</source>
        <translation>Training provider</translation>
    </message>
    <message>
        <source>Ore</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Competenze insegnate</source>
        <translation>Skills taught</translation>
    </message>
    <message>
        <source>Corso</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Ore frequentate</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>Competenza</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Un codice del catalogo delle competenze</source>
        <translation>A code of the skills catalogue</translation>
    </message>
    <message>
        <source>Offre o cerca</source>
        <translation>Offers or asks</translation>
    </message>
    <message>
        <source>Soggetto ospitante</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Ospitante</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Tipo di tirocinio</source>
        <translation>Internship type</translation>
    </message>
    <message>
        <source>Ore al giorno</source>
        <translation>Hours a day</translation>
    </message>
    <message>
        <source>Pasti forniti</source>
        <translation>Meals provided</translation>
    </message>
    <message>
        <source>Indennità mensile (€)</source>
        <translation>Monthly allowance (€)</translation>
    </message>
    <message>
        <source>Se vuota, il minimo regionale che si applica</source>
        <translation>If empty, the regional minimum that applies</translation>
    </message>
    <message>
        <source>Indennità</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <source>Soggetto promotore</source>
        <translation>Promoter</translation>
    </message>
    <message>
        <source>Promotore</source>
        <translation>Promoter</translation>
    </message>
    <message>
        <source>Tutor aziendale</source>
        <translation>Host tutor</translation>
    </message>
    <message>
        <source>Tutor del promotore</source>
        <translation>Promoter tutor</translation>
    </message>
    <message>
        <source>Tirocinio</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>Mese</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Scritto AAAA-MM</source>
        <translation>Written YYYY-MM</translation>
    </message>
    <message>
        <source>Giorni previsti</source>
        <translation>Days expected</translation>
    </message>
    <message>
        <source>Giorni di presenza</source>
        <translation>Days attended</translation>
    </message>
    <message>
        <source>Giorni presenti</source>
        <translation>Days attended (by number)</translation>
    </message>
    <message>
        <source>I giorni del mese, per numero, in cui era presente</source>
        <translation>The days of the month, by number, the trainee attended</translation>
    </message>
    <message>
        <source>Quota del progetto (€)</source>
        <translation>Project contribution (€)</translation>
    </message>
    <message>
        <source>La parte dell&apos;indennità che paga il programma</source>
        <translation>The part of the allowance the programme pays</translation>
    </message>
    <message>
        <source>Tirocinante</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Quella del tirocinio, messa dall&apos;app</source>
        <translation>The internship&apos;s, set by the app</translation>
    </message>
    <message>
        <source>Indennità dovuta (€)</source>
        <translation>Allowance due (€)</translation>
    </message>
    <message>
        <source>Intera dall&apos;80% dei giorni previsti, in proporzione sotto</source>
        <translation>In full from 80% of the expected days, in proportion below</translation>
    </message>
    <message>
        <source>Datore di lavoro</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Data di assunzione</source>
        <translation>Hiring date</translation>
    </message>
    <message>
        <source>Ore settimanali</source>
        <translation>Hours a week</translation>
    </message>
    <message>
        <source>Incentivi</source>
        <translation>Incentives</translation>
    </message>
    <message>
        <source>Codici del catalogo degli incentivi</source>
        <translation>Codes of the incentives catalogue</translation>
    </message>
    <message>
        <source>Atto</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>La delibera che fissa le regole</source>
        <translation>The resolution that sets the rules</translation>
    </message>
    <message>
        <source>In vigore dal</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>In vigore fino al</source>
        <translation>In force until</translation>
    </message>
    <message>
        <source>Indennità minima (€)</source>
        <translation>Minimum allowance (€)</translation>
    </message>
    <message>
        <source>Minima con pasti forniti (€)</source>
        <translation>Minimum with meals provided (€)</translation>
    </message>
    <message>
        <source>Minima a orario ridotto (€)</source>
        <translation>Minimum for short days (€)</translation>
    </message>
    <message>
        <source>Orario ridotto: ore al giorno fino a</source>
        <translation>Short day: hours a day up to</translation>
    </message>
    <message>
        <source>Minima presso enti pubblici (€)</source>
        <translation>Minimum at public bodies (€)</translation>
    </message>
    <message>
        <source>Durata minima (mesi)</source>
        <translation>Minimum length (months)</translation>
    </message>
    <message>
        <source>Durata massima (mesi)</source>
        <translation>Maximum length (months)</translation>
    </message>
    <message>
        <source>Durata massima con disabilità (mesi)</source>
        <translation>Maximum length with a disability (months)</translation>
    </message>
    <message>
        <source>Trattamento dei dati</source>
        <translation>Data processing</translation>
    </message>
    <message>
        <source>Dati particolari</source>
        <translation>Special categories of data</translation>
    </message>
    <message>
        <source>Partecipazione alle attività</source>
        <translation>Taking part in activities</translation>
    </message>
    <message>
        <source>Immagini e riprese</source>
        <translation>Images and video</translation>
    </message>
    <message>
        <source>Formazione scuola-lavoro</source>
        <translation>School-work training</translation>
    </message>
    <message>
        <source>Condivisione con la rete</source>
        <translation>Sharing with the network</translation>
    </message>
    <message>
        <source>L&apos;interessato/a</source>
        <translation>The person themself</translation>
    </message>
    <message>
        <source>Un genitore</source>
        <translation>A parent</translation>
    </message>
    <message>
        <source>Il tutore</source>
        <translation>The guardian</translation>
    </message>
    <message>
        <source>Liceo</source>
        <translation>Liceo</translation>
    </message>
    <message>
        <source>Istituto tecnico</source>
        <translation>Technical institute</translation>
    </message>
    <message>
        <source>Istituto professionale</source>
        <translation>Vocational institute</translation>
    </message>
    <message>
        <source>Gruppo di ragazzi</source>
        <translation>Youth group</translation>
    </message>
    <message>
        <source>Consenso per</source>
        <translation>Consent to</translation>
    </message>
    <message>
        <source>Dato il</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Dato da</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Per un minore conta solo quello di un genitore o del tutore</source>
        <translation>For a minor only a parent&apos;s or guardian&apos;s counts</translation>
    </message>
    <message>
        <source>Nome di chi lo dà</source>
        <translation>Name of who gives it</translation>
    </message>
    <message>
        <source>Firmato da</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Revocato il</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Dal giorno della revoca non vale più</source>
        <translation>From the day it is withdrawn it no longer holds</translation>
    </message>
    <message>
        <source>Un&apos;organizzazione di tipo scuola</source>
        <translation>An organisation of type school</translation>
    </message>
    <message>
        <source>Ente ospitante</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Tipo di scuola</source>
        <translation>School type</translation>
    </message>
    <message>
        <source>Progetto</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Ore previste</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <source>Tutor scolastico</source>
        <translation>School tutor</translation>
    </message>
    <message>
        <source>Tutor dell&apos;ente ospitante</source>
        <translation>Host tutor</translation>
    </message>
    <message>
        <source>Tutor ospitante</source>
        <translation>Host tutor</translation>
    </message>
    <message>
        <source>Formazione sulla sicurezza il</source>
        <translation>Safety training on</translation>
    </message>
    <message>
        <source>Nessuna ora prima di questa data</source>
        <translation>No hours before this date</translation>
    </message>
    <message>
        <source>Patto formativo firmato il</source>
        <translation>Training pact signed on</translation>
    </message>
    <message>
        <source>Ore svolte</source>
        <translation>Hours done</translation>
    </message>
    <message>
        <source>Ore richieste nel triennio</source>
        <translation>Hours required over three years</translation>
    </message>
    <message>
        <source>Ore richieste</source>
        <translation>Hours required</translation>
    </message>
    <message>
        <source>Esperienza scuola-lavoro</source>
        <translation>School-work experience</translation>
    </message>
    <message>
        <source>Esperienza</source>
        <translation>Experience</translation>
    </message>
    <message>
        <source>Attività svolta</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Quello dell&apos;esperienza, messo dall&apos;app</source>
        <translation>The experience&apos;s, set by the app</translation>
    </message>
    <message>
        <source>Ragazzo/a</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Come la scrive la scuola, per esempio 3B</source>
        <translation>As the school writes it, for example 3B</translation>
    </message>
    <message>
        <source>Anno scolastico</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Come 2026/27</source>
        <translation>Like 2026/27</translation>
    </message>
    <message>
        <source>Anno</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Educatore</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Il nome utente dell&apos;operatore che lo segue</source>
        <translation>The username of the staff member who follows them</translation>
    </message>
    <message>
        <source>Seguito/a dal</source>
        <translation>Followed since</translation>
    </message>
    <message>
        <source>Fino a 25 anni compiuti quel giorno</source>
        <translation>Aged 25 at most on that day</translation>
    </message>
</context>
<context>
    <name>LandlordsTab</name>
    <message>
        <source>Cerca per nome, codice fiscale, comune o telefono (Ctrl+F)</source>
        <translation>Search by name, tax code, comune or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nuovo proprietario (Ctrl+N)</source>
        <translation>New landlord (Ctrl+N)</translation>
    </message>
    <message>
        <source>Invio modifica il proprietario scelto.</source>
        <translation>Enter changes the chosen landlord.</translation>
    </message>
    <message>
        <source>Nessun proprietario trovato.</source>
        <translation>No landlord found.</translation>
    </message>
    <message>
        <source>1 proprietario</source>
        <translation>1 landlord</translation>
    </message>
    <message>
        <source>{n} proprietari</source>
        <translation>{n} landlords</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Come il sistema</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>La finestra si ricostruisce subito nella lingua scelta, sulla stessa sezione; il lavoro salvato non cambia.</source>
        <translation>The window is rebuilt at once in the chosen language, on the same section; saved work does not change.</translation>
    </message>
    <message>
        <source>Applica</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>LanguagesEdit</name>
    <message>
        <source>es. it:B1, en:A2</source>
        <translation>e.g. it:B1, en:A2</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Sessione bloccata</source>
        <translation>Session locked</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>genera – accesso</source>
        <translation>genera – login</translation>
    </message>
    <message>
        <source>Accedete con il vostro nome utente.</source>
        <translation>Log in with your user name.</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Esci</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Password &amp;dimenticata?</source>
        <translation>&amp;Forgot password?</translation>
    </message>
    <message>
        <source>Archivio nella cartella {folder}</source>
        <translation>Store in the folder {folder}</translation>
    </message>
    <message>
        <source>Postazione «{site}»</source>
        <translation>Site «{site}»</translation>
    </message>
    <message>
        <source>rete «{network}»</source>
        <translation>network «{network}»</translation>
    </message>
    <message>
        <source>Scrivere il nome utente</source>
        <translation>Write the user name</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>I miei contesti</source>
        <translation>My contexts</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Nuclei familiari</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Persone</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Contesti abitativi</source>
        <translation>Housing contexts</translation>
    </message>
    <message>
        <source>Sincronizzazione</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Registro accessi</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Utenti</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Coordinamento</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Duplicati</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Conflitti</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Casa</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Lavoro</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Adolescenti</source>
        <translation>Adolescents</translation>
    </message>
    <message>
        <source>Laboratori</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Iniziative</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Rete</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Punti diffusi</source>
        <translation>Outreach places</translation>
    </message>
    <message>
        <source>genera – {site}</source>
        <translation>genera – {site}</translation>
    </message>
    <message>
        <source>postazione</source>
        <translation>workstation</translation>
    </message>
    <message>
        <source>Sezioni</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>coordinamento</source>
        <translation>coordination</translation>
    </message>
    <message>
        <source>punto di comunità</source>
        <translation>Community Point</translation>
    </message>
    <message>
        <source>custode sociale</source>
        <translation>social caretaker</translation>
    </message>
    <message>
        <source>{site} · {role}</source>
        <translation>{site} · {role}</translation>
    </message>
    <message>
        <source>Utente: {name}{admin}</source>
        <translation>User: {name}{admin}</translation>
    </message>
    <message>
        <source> · amministratore</source>
        <translation> · administrator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Importa nuclei da file…</source>
        <translation>&amp;Import households from file…</translation>
    </message>
    <message>
        <source>&amp;Dati dimostrativi…</source>
        <translation>&amp;Demo data…</translation>
    </message>
    <message>
        <source>Solo negli archivi di una rete dimostrativa.</source>
        <translation>Only in the archives of a demo network.</translation>
    </message>
    <message>
        <source>&amp;Impostazioni…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Blocca</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Esci</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Aiuto</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Scorciatoie da tastiera</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Informazioni</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Lingua</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Come il sistema</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>La lingua scelta si applicherà al prossimo avvio di genera.</source>
        <translation>The chosen language will apply the next time genera starts.</translation>
    </message>
    <message>
        <source>Attendere la fine dell&apos;operazione in corso, poi cambiare lingua.</source>
        <translation>Wait for the current operation to finish, then change the language.</translation>
    </message>
    <message>
        <source>&amp;Stampa</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Scheda di accoglienza vuota…</source>
        <translation>Blank intake form…</translation>
    </message>
    <message>
        <source>Scheda visita vuota…</source>
        <translation>Blank visit form…</translation>
    </message>
    <message>
        <source>Giri di tutti i miei contesti…</source>
        <translation>Rounds of all my contexts…</translation>
    </message>
    <message>
        <source>Dati dimostrativi</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Quante famiglie inventate aggiungere?</source>
        <translation>How many made-up families should be added?</translation>
    </message>
    <message>
        <source>Dati dimostrativi annullati: non è stato aggiunto nulla.</source>
        <translation>Demo data cancelled: nothing was added.</translation>
    </message>
    <message>
        <source>Creazione delle famiglie di prova…</source>
        <translation>Creating the sample families…</translation>
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
        <translation>Ctrl+F  search
Ctrl+N  new household (or workshop, initiative, organisation, place on their page)
Enter  opens the chosen item
Esc  back to the list
Ctrl+1 … Ctrl+{last}  sections (the first nine)
Ctrl+S  save
Ctrl+P  print (the household&apos;s form, the round, the preview)
Ins  adds on the household&apos;s open tab (member, interview, referral, reminder)
Del  removes or deletes the chosen row
Ctrl+D  mark the reminder as done
Ctrl+Z  undo the last action
F4 or Alt+Down  opens the list of a choice box; typing the start of an item chooses it
Ctrl+Enter  saves the visit; Alt+R  to the issues found
Attendance grid: arrows  move; Space  present/absent; 1 present, 2 absent, 3 excused, 0 or Del clears; guests: the number and Enter
Ctrl+L  lock the session
Ctrl+,  settings
Ctrl+Q  quit</translation>
    </message>
    <message>
        <source>Scorciatoie da tastiera</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Informazioni su genera</source>
        <translation>About genera</translation>
    </message>
    <message>
        <source>&lt;b&gt;genera&lt;/b&gt; {version}&lt;br&gt;Gestione dei nuclei familiari per i Punti di Comunità della Bassa Bresciana Orientale.&lt;br&gt;&lt;br&gt;Rete: {network}&lt;br&gt;Postazione: {site}</source>
        <translation>&lt;b&gt;genera&lt;/b&gt; {version}&lt;br&gt;Household management for the Community Points of the Bassa Bresciana Orientale.&lt;br&gt;&lt;br&gt;Network: {network}&lt;br&gt;Workstation: {site}</translation>
    </message>
    <message>
        <source>Operazione in corso</source>
        <translation>Operation in progress</translation>
    </message>
    <message>
        <source>Un&apos;operazione è ancora in corso: interromperla e uscire? Quanto non è finito non sarà salvato.</source>
        <translation>An operation is still in progress: stop it and quit? Whatever is not finished will not be saved.</translation>
    </message>
</context>
<context>
    <name>MonthGridDialog</name>
    <message>
        <source>Giorni previsti</source>
        <translation>Days expected</translation>
    </message>
    <message>
        <source>Giorni di presenza</source>
        <translation>Days attended</translation>
    </message>
    <message>
        <source>Quota del progetto</source>
        <translation>Project&apos;s share</translation>
    </message>
    <message>
        <source>Indennità dovuta</source>
        <translation>Allowance due</translation>
    </message>
    <message>
        <source>Mese</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Tirocinante</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Ospitante</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Presenze mensili</source>
        <translation>Monthly attendance</translation>
    </message>
    <message>
        <source>Frecce per spostarsi; un numero si scrive nella cella e Invio lo salva; Spazio segna presenti tutti i giorni previsti, o nessuno. Ogni riga si salva da sola. F2 modifica la cella; Invio apre il mese per giorno.</source>
        <translation>Arrows move; a number is typed in the cell and Enter saves it; Space marks all the expected days present, or none. Each row saves itself. F2 edits the cell; Enter opens the month by day.</translation>
    </message>
    <message>
        <source>Presenze del mese</source>
        <translation>Attendance of the month</translation>
    </message>
    <message>
        <source>&amp;Punto</source>
        <translation>&amp;Point</translation>
    </message>
    <message>
        <source>&amp;Mese</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>Presenze – {title}</source>
        <translation>Attendance – {title}</translation>
    </message>
    <message>
        <source>&amp;Stampa prospetto…</source>
        <translation>Print &amp;statement…</translation>
    </message>
    <message>
        <source>Il prospetto dell&apos;indennità: mesi, giorni, indennità dovuta, quota del progetto (Ctrl+P)</source>
        <translation>The allowance statement: months, days, allowance due, project&apos;s share (Ctrl+P)</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nessun tirocinio in corso in questo punto nel mese.</source>
        <translation>No internship under way at this point in the month.</translation>
    </message>
    <message>
        <source>Righe registrate: {n} di {m} – indennità dovuta: {due}</source>
        <translation>Rows entered: {n} of {m} – allowance due: {due}</translation>
    </message>
    <message>
        <source>Prospetto dell&apos;indennità</source>
        <translation>Allowance statement</translation>
    </message>
</context>
<context>
    <name>MyContextsPage</name>
    <message>
        <source>lun</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>mar</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>mer</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>gio</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>ven</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>sab</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>dom</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>mai visitato</source>
        <translation>never visited</translation>
    </message>
    <message>
        <source>oggi</source>
        <translation>today</translation>
    </message>
    <message>
        <source>ieri</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>{n} giorni</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>Scaduta ieri</source>
        <translation>Overdue since yesterday</translation>
    </message>
    <message>
        <source>Scaduta da {n} giorni</source>
        <translation>Overdue by {n} days</translation>
    </message>
    <message>
        <source>Oggi</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Domani</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>I miei contesti</source>
        <translation>My contexts</translation>
    </message>
    <message>
        <source>Nuova visita (Invio)</source>
        <translation>New visit (Enter)</translation>
    </message>
    <message>
        <source>Visita al contesto</source>
        <translation>Visit to the context</translation>
    </message>
    <message>
        <source>Apri nucleo (Ctrl+O)</source>
        <translation>Open household (Ctrl+O)</translation>
    </message>
    <message>
        <source>Stampa giro (Ctrl+P)</source>
        <translation>Print round (Ctrl+P)</translation>
    </message>
    <message>
        <source>Stampa scheda visita</source>
        <translation>Print visit form</translation>
    </message>
    <message>
        <source>Contesto</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Nuclei</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Mai visitati</source>
        <translation>Never visited</translation>
    </message>
    <message>
        <source>Ultima visita</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Residenti</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Da quanto</source>
        <translation>For how long</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Prossima</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Alloggio</source>
        <translation>Flat</translation>
    </message>
    <message>
        <source>(contesto)</source>
        <translation>(context)</translation>
    </message>
    <message>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Contatto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Problemi</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Visite registrate</source>
        <translation>Recorded visits</translation>
    </message>
    <message>
        <source>Scadenza</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Visite in scadenza questa settimana</source>
        <translation>Visits due this week</translation>
    </message>
    <message>
        <source>Contesti</source>
        <translation>Contexts</translation>
    </message>
    <message>
        <source>Invio o V sul residente: nuova visita · Ctrl+O: scheda del nucleo · Ctrl+P: stampa il giro del contesto</source>
        <translation>Enter or V on the resident: new visit · Ctrl+O: household record · Ctrl+P: print the context&apos;s round</translation>
    </message>
    <message>
        <source>Visite in scadenza questa settimana ({n})</source>
        <translation>Visits due this week ({n})</translation>
    </message>
    <message>
        <source>Visite in scadenza questa settimana: nessuna</source>
        <translation>Visits due this week: none</translation>
    </message>
    <message>
        <source>Nessun contesto abitativo affidato a questa postazione. I contesti si assegnano al coordinamento.</source>
        <translation>No housing context is assigned to this workstation. Contexts are assigned at the coordination.</translation>
    </message>
    <message>
        <source>{n} nuclei, {m} residenti</source>
        <translation>{n} households, {m} residents</translation>
    </message>
    <message>
        <source>{n} mai visitati</source>
        <translation>{n} never visited</translation>
    </message>
    <message>
        <source>ultima visita il {date}</source>
        <translation>last visit on {date}</translation>
    </message>
    <message>
        <source>Visita salvata.</source>
        <translation>Visit saved.</translation>
    </message>
    <message>
        <source>Scheda del giro – {name}</source>
        <translation>Round sheet – {name}</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Rete degli enti</source>
        <translation>Partner network</translation>
    </message>
    <message>
        <source>Cerca per nome, partita IVA, referente o telefono (Ctrl+F)</source>
        <translation>Search by name, VAT number, contact or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Aggiungi un ente alla rete (Ctrl+N)</source>
        <translation>Add an organisation to the network (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tutti i tipi</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Tipo di ente</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <source>Tutti i comuni</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Solo partner</source>
        <translation>Partners only</translation>
    </message>
    <message>
        <source>Solo gli enti partner del programma</source>
        <translation>Only the programme&apos;s partner organisations</translation>
    </message>
    <message>
        <source>Invio apre l&apos;ente con i suoi accordi.</source>
        <translation>Enter opens the organisation with its agreements.</translation>
    </message>
    <message>
        <source>Nessun ente trovato.</source>
        <translation>No organisation found.</translation>
    </message>
    <message>
        <source>La rete è vuota: «Nuova organizzazione» (Ctrl+N).</source>
        <translation>The network is empty: “New organisation” (Ctrl+N).</translation>
    </message>
    <message>
        <source>{n} enti</source>
        <translation>{n} organisations</translation>
    </message>
    <message>
        <source>1 ente</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>{n} partner</source>
        <translation>{n} partners</translation>
    </message>
</context>
<context>
    <name>NewHouseholdDialog</name>
    <message>
        <source>Nuovo nucleo familiare</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>Dove vive il nucleo e come raggiungerlo. Componenti e scheda di accoglienza si aggiungono subito dopo.</source>
        <translation>Where the household lives and how to reach it. Members and the intake form are added right after.</translation>
    </message>
    <message>
        <source>Crea nucleo</source>
        <translation>Create household</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Il nuovo nucleo non è stato creato. Scartare quanto scritto?</source>
        <translation>The new household was not created. Discard what was written?</translation>
    </message>
    <message>
        <source>Scarta</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Continua a scrivere</source>
        <translation>Keep writing</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>genera – nuova chiave di recupero</source>
        <translation>genera – new recovery key</translation>
    </message>
    <message>
        <source>La chiave di prima non apre più questo archivio. La nuova viene mostrata una sola volta: salvatela, stampatela e conservate il foglio al posto di quello vecchio. I backup fatti prima della sostituzione si aprono ancora con la chiave vecchia, non con questa.</source>
        <translation>The previous key no longer opens this archive. The new one is shown only once: save it, print it and keep the sheet in place of the old one. Backups made before the replacement still open with the old key, not with this one.</translation>
    </message>
    <message>
        <source>La chiave di recupero è stata sostituita.</source>
        <translation>The recovery key has been replaced.</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NewKeyPanel</name>
    <message>
        <source>Salva come PDF da stampare…</source>
        <translation>Save as PDF to print…</translation>
    </message>
    <message>
        <source>Ho conservato la nuova chiave di recupero</source>
        <translation>I have kept the new recovery key</translation>
    </message>
    <message>
        <source>Salva la chiave di recupero</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Salvata in {path}. Stampatela, poi cancellate il file: su questo computer non deve restare.</source>
        <translation>Saved to {path}. Print it, then delete the file: it must not remain on this computer.</translation>
    </message>
    <message>
        <source>Chiave di recupero</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>La nuova chiave di recupero non sarà più mostrata. Chiudere comunque?</source>
        <translation>The new recovery key will not be shown again. Close anyway?</translation>
    </message>
</context>
<context>
    <name>NewcomerDialog</name>
    <message>
        <source>Nuova persona</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Registrata come contatto, in un nucleo a sé: l&apos;accoglienza completa si fa quando passa dallo sportello. Senza consenso resta un ospite senza nome.</source>
        <translation>Registered as a contact, in a household of their own: the full intake is done when they come to the front desk. Without consent they stay an unnamed guest.</translation>
    </message>
    <message>
        <source>Ha dato il consenso al trattamento dei dati</source>
        <translation>Consented to the processing of their data</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Registra e iscrivi</source>
        <translation>Register and enrol</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfferList</name>
    <message>
        <source>Nessuna disponibilità registrata.</source>
        <translation>No offer recorded.</translation>
    </message>
    <message>
        <source>{hosts} chi ospita, {guests} chi cerca alloggio</source>
        <translation>{hosts} hosts, {guests} guests</translation>
    </message>
</context>
<context>
    <name>OffersTab</name>
    <message>
        <source>Chi ospita o chi cerca alloggio (Ctrl+N)</source>
        <translation>A host or a guest (Ctrl+N)</translation>
    </message>
    <message>
        <source>Abbinamenti possibili</source>
        <translation>Possible pairs</translation>
    </message>
    <message>
        <source>Avvia la coabitazione</source>
        <translation>Start the co-housing</translation>
    </message>
    <message>
        <source>Il patto tra le due persone dell&apos;abbinamento scelto, che comincia dalla selezione</source>
        <translation>The pact between the two persons of the chosen pair, starting from selection</translation>
    </message>
    <message>
        <source>Motivi dell&apos;abbinamento</source>
        <translation>Reasons of the pair</translation>
    </message>
    <message>
        <source>Abbinamenti possibili: {n}</source>
        <translation>Possible pairs: {n}</translation>
    </message>
    <message>
        <source>Nessun abbinamento: servono una disponibilità di chi ospita e una di chi cerca alloggio, di due nuclei, compatibili su fumo e animali.</source>
        <translation>No pair: it takes a host&apos;s offer and a guest&apos;s, of two households, agreeing on smoking and pets.</translation>
    </message>
    <message>
        <source>{host} e {guest}</source>
        <translation>{host} and {guest}</translation>
    </message>
</context>
<context>
    <name>OrganisationChooser</name>
    <message>
        <source>Nuovo ente…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <source>Aggiungi l&apos;ente alla rete e sceglilo</source>
        <translation>Add the organisation to the network and choose it</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Nessun accordo con questo ente.</source>
        <translation>No agreement with this organisation.</translation>
    </message>
    <message>
        <source>Modifica</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Elimina</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Elimina accordo</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <source>Eliminare questo accordo?</source>
        <translation>Delete this agreement?</translation>
    </message>
</context>
<context>
    <name>PactsTab</name>
    <message>
        <source>Nuova coabitazione (Ctrl+N)</source>
        <translation>New co-housing pact (Ctrl+N)</translation>
    </message>
    <message>
        <source>Stampa il patto</source>
        <translation>Print the pact</translation>
    </message>
    <message>
        <source>Il patto abitativo da firmare per chi ospita e chi è ospitato</source>
        <translation>The co-housing pact for the host and the guest to sign</translation>
    </message>
    <message>
        <source>Una visita di monitoraggio alla coabitazione scelta, dell&apos;operatore o del custode</source>
        <translation>A monitoring visit to the chosen pact, by the point&apos;s staff or the custode</translation>
    </message>
    <message>
        <source>Invio modifica la coabitazione scelta.</source>
        <translation>Enter changes the chosen pact.</translation>
    </message>
    <message>
        <source>Nessuna coabitazione.</source>
        <translation>No co-housing pact.</translation>
    </message>
    <message>
        <source>1 coabitazione</source>
        <translation>1 co-housing pact</translation>
    </message>
    <message>
        <source>{n} coabitazioni</source>
        <translation>{n} co-housing pacts</translation>
    </message>
    <message>
        <source>{host} e {guest}: mese di prova dal {start} al {end}; visite nel mese di prova: {n} su {total}.</source>
        <translation>{host} and {guest}: trial month from {start} to {end}; visits in the trial month: {n} of {total}.</translation>
    </message>
    <message>
        <source>Patto abitativo</source>
        <translation>Co-housing pact</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Accedi</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Scrivere la password</source>
        <translation>Write the password</translation>
    </message>
    <message>
        <source>Nome utente o password errati</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>Troppi tentativi: riprovare tra {n} secondi.</source>
        <translation>Too many attempts: try again in {n} seconds.</translation>
    </message>
    <message>
        <source>Riattiva {user}</source>
        <translation>Reactivate {user}</translation>
    </message>
    <message>
        <source>Nuova password per {user}</source>
        <translation>New password for {user}</translation>
    </message>
    <message>
        <source>Riattiva</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Cambia password</source>
        <translation>Change password</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>16 caratteri o 11 cifre</source>
        <translation>16 characters or 11 digits</translation>
    </message>
    <message>
        <source>Modifica componente</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <source>Nuovo componente</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Nessun codice fiscale</source>
        <translation>No tax code</translation>
    </message>
    <message>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Luogo di nascita</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>comune o stato</source>
        <translation>municipality or country</translation>
    </message>
    <message>
        <source>Cittadinanza</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Permesso di soggiorno</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Relazione</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Stato civile</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Titolo di studio</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Condizione lavorativa</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>stesso codice fiscale</source>
        <translation>same tax code</translation>
    </message>
    <message>
        <source>stessi nome, cognome e data di nascita</source>
        <translation>same name, surname and date of birth</translation>
    </message>
    <message>
        <source>in questo nucleo</source>
        <translation>in this household</translation>
    </message>
    <message>
        <source>nucleo {case}</source>
        <translation>household {case}</translation>
    </message>
    <message>
        <source>• {last} {first}, nato/a il {born} – {where} ({why})</source>
        <translation>• {last} {first}, born on {born} – {where} ({why})</translation>
    </message>
    <message>
        <source>… e altre {n} persone</source>
        <translation>… and {n} more people</translation>
    </message>
    <message>
        <source>Questa persona potrebbe essere già registrata:

{list}

Salvarla comunque come nuova?</source>
        <translation>This person may already be registered:

{list}

Save them as new anyway?</translation>
    </message>
    <message>
        <source>Possibile doppione</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Salva comunque</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Scegli…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Cerca la persona tra quelle registrate</source>
        <translation>Search the person among those registered</translation>
    </message>
    <message>
        <source>Togli</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>nessuna</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>Scegli la persona</source>
        <translation>Choose the person</translation>
    </message>
    <message>
        <source>Cognome, nome, codice fiscale o telefono</source>
        <translation>Surname, name, tax code or phone</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Nascita</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Esporta</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonSearchDialog</name>
    <message>
        <source>Cognome e nome, codice fiscale o telefono</source>
        <translation>Surname and name, tax code or phone</translation>
    </message>
    <message>
        <source>Persone trovate</source>
        <translation>Persons found</translation>
    </message>
    <message>
        <source>Scegli</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Nuova persona…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <source>Registra chi non è ancora registrato: nome, telefono e consenso (Alt+N)</source>
        <translation>Register someone not registered yet: name, phone and consent (Alt+N)</translation>
    </message>
    <message>
        <source>Scrivere il nome della persona.</source>
        <translation>Type the person&apos;s name.</translation>
    </message>
    <message>
        <source>Nessuna persona trovata: «Nuova persona…» per registrarla.</source>
        <translation>No person found: “New person…” to register them.</translation>
    </message>
    <message>
        <source>Nessuna persona trovata.</source>
        <translation>No person found.</translation>
    </message>
    <message>
        <source>{total} trovate, mostrate le prime {shown}: scrivere di più.</source>
        <translation>{total} found, the first {shown} shown: type more.</translation>
    </message>
    <message>
        <source>{n} trovate</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <source>1 trovata</source>
        <translation>1 found</translation>
    </message>
</context>
<context>
    <name>PersonWorkDialog</name>
    <message>
        <source>Lavoro – {name}</source>
        <translation>Work – {name}</translation>
    </message>
    <message>
        <source>Offerta</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>Impresa</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Punteggio</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Candidatura</source>
        <translation>Candidacy</translation>
    </message>
    <message>
        <source>Motivi</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Offerte adatte</source>
        <translation>Vacancies that fit</translation>
    </message>
    <message>
        <source>Ospitante</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Indennità</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mesi registrati</source>
        <translation>Months entered</translation>
    </message>
    <message>
        <source>Tirocini</source>
        <translation>Internships</translation>
    </message>
    <message>
        <source>Profi&amp;lo lavoro…</source>
        <translation>Work profi&amp;le…</translation>
    </message>
    <message>
        <source>&amp;Proponi</source>
        <translation>&amp;Propose</translation>
    </message>
    <message>
        <source>Nuovo &amp;tirocinio…</source>
        <translation>New in&amp;ternship…</translation>
    </message>
    <message>
        <source>&amp;Mese di presenze…</source>
        <translation>&amp;Month of attendance…</translation>
    </message>
    <message>
        <source>&amp;Griglia presenze…</source>
        <translation>&amp;Grid of attendance…</translation>
    </message>
    <message>
        <source>&amp;Assunzione…</source>
        <translation>Hiring (&amp;A)…</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nessun profilo lavoro: «Profilo lavoro…» (Alt+L) per registrarlo.</source>
        <translation>No job profile: «Work profile…» (Alt+L) to record it.</translation>
    </message>
    <message>
        <source>Profilo lavoro: {status}</source>
        <translation>Job profile: {status}</translation>
    </message>
    <message>
        <source>il soggetto ospitante avrebbe {count} tirocini attivi, più dei {cap} consentiti per la sua dimensione ({employees} addetti)</source>
        <translation>the host would have {count} active internships, more than the {cap} its size allows ({employees} employees)</translation>
    </message>
    <message>
        <source>Attenzione: {text}</source>
        <translation>Note: {text}</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Cognome e nome</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Persone</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Cerca per cognome, nome, codice fiscale o telefono (Ctrl+F)</source>
        <translation>Search by surname, name, tax code or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>In grassetto la persona di riferimento del nucleo. Invio apre il nucleo familiare.</source>
        <translation>The household&apos;s reference person is in bold. Enter opens the household.</translation>
    </message>
    <message>
        <source>Nessuna persona trovata.</source>
        <translation>No person found.</translation>
    </message>
    <message>
        <source>Nessuna persona registrata.</source>
        <translation>No person registered.</translation>
    </message>
    <message>
        <source>{total} persone trovate: mostrate le prime {shown}. Scrivere di più per restringere.</source>
        <translation>{total} people found: showing the first {shown}. Type more to narrow down.</translation>
    </message>
    <message>
        <source>{n} persone</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>1 persona</source>
        <translation>1 person</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>sì</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Foto: sì (consenso alle immagini valido)</source>
        <translation>Photos: yes (a valid images consent)</translation>
    </message>
    <message>
        <source>Foto: no. Nessun consenso alle immagini valido: non fotografarla/o e non pubblicarne immagini.</source>
        <translation>Photos: no. No valid images consent: do not photograph them or publish images of them.</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Cerca per nome, comune o indirizzo (Ctrl+F)</source>
        <translation>Search by name, municipality or address (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nuovo punto diffuso (Ctrl+N)</source>
        <translation>New outreach place (Ctrl+N)</translation>
    </message>
    <message>
        <source>Modifica</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Modifica il luogo scelto (Invio)</source>
        <translation>Edit the chosen place (Enter)</translation>
    </message>
    <message>
        <source>Elimina</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Elimina il luogo scelto (Canc)</source>
        <translation>Delete the chosen place (Del)</translation>
    </message>
    <message>
        <source>Invio modifica il luogo scelto.</source>
        <translation>Enter edits the chosen place.</translation>
    </message>
    <message>
        <source>Nessun luogo trovato.</source>
        <translation>No place found.</translation>
    </message>
    <message>
        <source>Nessun punto diffuso: «Nuovo punto diffuso» (Ctrl+N).</source>
        <translation>No outreach places: “New outreach place” (Ctrl+N).</translation>
    </message>
    <message>
        <source>1 luogo</source>
        <translation>1 place</translation>
    </message>
    <message>
        <source>{n} luoghi</source>
        <translation>{n} places</translation>
    </message>
    <message>
        <source>Elimina luogo</source>
        <translation>Delete place</translation>
    </message>
    <message>
        <source>Eliminare «{name}»? Laboratori e incontri che lo nominano non lo mostreranno più.</source>
        <translation>Delete “{name}”? Workshops and sessions naming it will no longer show it.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Consenso</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Dato il</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Da</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Revocato il</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Valido oggi</source>
        <translation>Valid today</translation>
    </message>
    <message>
        <source>sì</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Consensi</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Progetto</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Scuola</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Ente ospitante</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ore svolte</source>
        <translation>Hours done</translation>
    </message>
    <message>
        <source>Ore richieste</source>
        <translation>Hours required</translation>
    </message>
    <message>
        <source>Formazione scuola-lavoro</source>
        <translation>School-work training</translation>
    </message>
    <message>
        <source>Gruppo o laboratorio</source>
        <translation>Group or workshop</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Conduttore</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Iscritto/a il</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gruppi e laboratori</source>
        <translation>Groups and workshops</translation>
    </message>
    <message>
        <source>Nuovo &amp;consenso</source>
        <translation>New &amp;consent</translation>
    </message>
    <message>
        <source>Nuova &amp;esperienza scuola-lavoro</source>
        <translation>New school-work &amp;experience</translation>
    </message>
    <message>
        <source>&amp;Registro ore</source>
        <translation>Hours &amp;register</translation>
    </message>
    <message>
        <source>Le ore dell&apos;esperienza scelta (Invio)</source>
        <translation>The chosen experience&apos;s hours (Enter)</translation>
    </message>
    <message>
        <source>Stampa &amp;modulo di consenso</source>
        <translation>Print consent &amp;form</translation>
    </message>
    <message>
        <source>{name}, nato/a il {born}</source>
        <translation>{name}, born on {born}</translation>
    </message>
    <message>
        <source>Minorenne: per laboratori e scuola-lavoro conta il consenso di un genitore o del tutore.</source>
        <translation>Under 18: for workshops and school-work a parent&apos;s or guardian&apos;s consent counts.</translation>
    </message>
    <message>
        <source>Modulo di consenso</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>Registrare ora il consenso alla formazione scuola-lavoro dato da un genitore o dal tutore?</source>
        <translation>Record now the school-work consent given by a parent or guardian?</translation>
    </message>
    <message>
        <source>Manca il consenso</source>
        <translation>Consent missing</translation>
    </message>
    <message>
        <source>Registra il consenso</source>
        <translation>Record the consent</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Anteprima di stampa</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>{n} pagine, formato A4</source>
        <translation>{n} pages, A4 format</translation>
    </message>
    <message>
        <source>1 pagina, formato A4</source>
        <translation>1 page, A4 format</translation>
    </message>
    <message>
        <source>L&apos;anteprima delle pagine non è disponibile in questa installazione. «Apri anteprima» apre il documento nel visualizzatore PDF del computer; «Stampa» lo apre pronto da stampare (Ctrl+P nel visualizzatore).</source>
        <translation>The page preview is not available in this installation. «Open preview» opens the document in the computer&apos;s PDF viewer; «Print» opens it ready to print (Ctrl+P in the viewer).</translation>
    </message>
    <message>
        <source>Apri anteprima</source>
        <translation>Open preview</translation>
    </message>
    <message>
        <source>Stampa… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Salva PDF… (Ctrl+S)</source>
        <translation>Save PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Il documento è aperto nel visualizzatore PDF: stampare da lì (Ctrl+P).</source>
        <translation>The document is open in the PDF viewer: print from there (Ctrl+P).</translation>
    </message>
    <message>
        <source>Inviato alla stampante.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Impossibile salvare il file: {reason}</source>
        <translation>Cannot save the file: {reason}</translation>
    </message>
    <message>
        <source>Salvato in {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>Salva PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Impossibile preparare il documento: {reason}</source>
        <translation>Cannot prepare the document: {reason}</translation>
    </message>
    <message>
        <source>Nessun visualizzatore PDF trovato: usare «Salva PDF» e aprire il file.</source>
        <translation>No PDF viewer found: use «Save PDF» and open the file.</translation>
    </message>
    <message>
        <source>Stampa</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Scheda {n} di {total}</source>
        <translation>Form {n} of {total}</translation>
    </message>
    <message>
        <source>Preparazione delle schede di accoglienza…</source>
        <translation>Preparing the intake forms…</translation>
    </message>
    <message>
        <source>Schede di accoglienza</source>
        <translation>Intake forms</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>il nucleo</source>
        <translation>the household</translation>
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <source>sì</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>genera – password dimenticata</source>
        <translation>genera – forgotten password</translation>
    </message>
    <message>
        <source>Imposta la nuova password</source>
        <translation>Set the new password</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Se nessun amministratore ricorda la password, la chiave di recupero stampata all&apos;installazione permette di sceglierne una nuova.</source>
        <translation>If no administrator remembers their password, the recovery key printed at setup lets you choose a new one.</translation>
    </message>
    <message>
        <source>Chiave di recupero</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Amministratore</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Nuova password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ripetete la password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Il nome utente con cui l&apos;amministratore accede</source>
        <translation>The user name the administrator logs in with</translation>
    </message>
    <message>
        <source>La chiave di recupero non apre questo archivio.</source>
        <translation>The recovery key does not open this store.</translation>
    </message>
    <message>
        <source>Nessun amministratore con questo nome.</source>
        <translation>No administrator has this name.</translation>
    </message>
    <message>
        <source>Scrivere la chiave di recupero</source>
        <translation>Type the recovery key</translation>
    </message>
    <message>
        <source>La chiave ha 40 lettere e cifre: 8 gruppi di 5. Ne sono state scritte {n}.</source>
        <translation>The key has 40 letters and digits: 8 groups of 5. {n} were typed.</translation>
    </message>
    <message>
        <source>Scrivere il nome utente dell&apos;amministratore</source>
        <translation>Type the administrator&apos;s user name</translation>
    </message>
    <message>
        <source>Le due password sono diverse</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <source>La chiave usata non vale più: questa è la nuova chiave di recupero. Viene mostrata una sola volta: salvatela, stampatela e conservate il foglio al posto di quello vecchio.</source>
        <translation>The key you used no longer works: this is the new recovery key. It is shown only once: save it, print it and keep the sheet in place of the old one.</translation>
    </message>
    <message>
        <source>La password di {name} è cambiata.</source>
        <translation>The password of {name} has been changed.</translation>
    </message>
    <message>
        <source>Accedi</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Chiave di recupero</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Se tutti gli amministratori dimenticano la password, solo questa chiave riapre l&apos;archivio. Viene mostrata una sola volta: salvatela e stampatela ora.</source>
        <translation>If all administrators forget their password, only this key reopens the archive. It is shown only once: save it and print it now.</translation>
    </message>
    <message>
        <source>Ho conservato la chiave di recupero</source>
        <translation>I have kept the recovery key</translation>
    </message>
    <message>
        <source>È una rete dimostrativa: i dati sono inventati e la chiave serve solo per provare.</source>
        <translation>This is a demo network: the data is made up and the key is only for trying things out.</translation>
    </message>
</context>
<context>
    <name>RequesterDialog</name>
    <message>
        <source>Chi richiede i dati</source>
        <translation>Who requests the data</translation>
    </message>
    <message>
        <source>La persona è minorenne: i suoi dati si consegnano a un genitore o al tutore che li richiede. Il suo nome resta nel registro accessi e nel documento.</source>
        <translation>The person is a minor: their data are handed to the parent or guardian who requests them. Their name stays in the access log and in the document.</translation>
    </message>
    <message>
        <source>Nome e cognome di chi richiede</source>
        <translation>Full name of the requester</translation>
    </message>
    <message>
        <source>Genitore</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Tutore</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Richiede come</source>
        <translation>Requests as</translation>
    </message>
    <message>
        <source>&amp;Nome e cognome</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Richiede come</source>
        <translation>&amp;Requests as</translation>
    </message>
    <message>
        <source>Scrivere il nome di chi richiede i dati.</source>
        <translation>Write the name of who requests the data.</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <source>Ripristinare la copia?</source>
        <translation>Restore the backup?</translation>
    </message>
    <message>
        <source>La copia del {date} ({size}) sostituirà l&apos;intero archivio di questa postazione.

• Quanto è stato scritto qui dopo quella data non ci sarà più.
• L&apos;archivio attuale non viene cancellato: resta conservato a parte, nella cartella dei dati.
• genera chiuderà questa finestra e chiederà di accedere di nuovo.

Per confermare scrivete la password di {user} com&apos;era quando è stata fatta la copia.</source>
        <translation>The backup of {date} ({size}) will replace this workstation&apos;s whole archive.

• What was written here after that date will be gone.
• The current archive is not deleted: it is kept aside, in the data folder.
• genera will close this window and ask you to log in again.

To confirm, type {user}&apos;s password as it was when the backup was made.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ripristina</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source> minuti</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Blocca la sessione dopo un&apos;inattività di</source>
        <translation>&amp;Lock the session after an inactivity of</translation>
    </message>
    <message>
        <source>Dopo questo tempo senza usare tastiera o mouse i dati si nascondono e serve la password per riprendere. «mai» solo su un computer che nessun altro può avvicinare.</source>
        <translation>After this time without keyboard or mouse the data are hidden and the password is needed to go on. “never” only on a computer nobody else can get near.</translation>
    </message>
    <message>
        <source>Solo un amministratore può cambiare questo tempo.</source>
        <translation>Only an administrator can change this time.</translation>
    </message>
    <message>
        <source>Salvato: la sessione si blocca dopo {n} minuti.</source>
        <translation>Saved: the session locks after {n} minutes.</translation>
    </message>
    <message>
        <source>Salvato: la sessione non si blocca più da sola.</source>
        <translation>Saved: the session no longer locks by itself.</translation>
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
        <translation>daily</translation>
    </message>
    <message>
        <source>settimanale</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>in più (tolta alla prossima chiusura)</source>
        <translation>extra (removed at the next close)</translation>
    </message>
    <message>
        <source>salvata a mano</source>
        <translation>saved by hand</translation>
    </message>
    <message>
        <source>Impostazioni</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Copie di sicurezza</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <source>&amp;Lingua</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Sessione</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copia non ripristinabile</source>
        <translation>Backup cannot be restored</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>genera – prima configurazione</source>
        <translation>genera – first setup</translation>
    </message>
    <message>
        <source>&lt; Indietro</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Avanti &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Crea</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Inizia a lavorare</source>
        <translation>Start working</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Crea la rete (questa postazione è il coordinamento)</source>
        <translation>Create the network (this workstation is the coordination)</translation>
    </message>
    <message>
        <source>Per il coordinamento del progetto: raccoglie i dati dei punti di comunità e dei custodi sociali.</source>
        <translation>For the project&apos;s coordination: it collects the data of the Community Points and of the social caretakers.</translation>
    </message>
    <message>
        <source>Prova con una rete dimostrativa</source>
        <translation>Try a demo network</translation>
    </message>
    <message>
        <source>Un archivio con famiglie inventate, per imparare a usare l&apos;applicazione. Nessun dato vero.</source>
        <translation>An archive with made-up families, to learn how to use the application. No real data.</translation>
    </message>
    <message>
        <source>Unisciti a una rete</source>
        <translation>Join a network</translation>
    </message>
    <message>
        <source>Per un punto di comunità o il portatile di un custode sociale: serve il file di invito preparato dal coordinamento.</source>
        <translation>For a Community Point or a social caretaker&apos;s laptop: you need the invitation file prepared by the coordination.</translation>
    </message>
    <message>
        <source>Coordinamento di prova</source>
        <translation>Sample coordination</translation>
    </message>
    <message>
        <source>Chiave di recupero</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>La chiave di recupero non sarà più mostrata. Chiudere comunque?</source>
        <translation>The recovery key will not be shown again. Close anyway?</translation>
    </message>
</context>
<context>
    <name>SkillsPart</name>
    <message>
        <source>Offre o cerca</source>
        <translation>Offers or asks</translation>
    </message>
    <message>
        <source>Competenza</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Abbinamenti</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Scambio di competenze</source>
        <translation>Skill exchange</translation>
    </message>
    <message>
        <source>&amp;Scambio di competenze…</source>
        <translation>&amp;Skill exchange…</translation>
    </message>
    <message>
        <source>Chiudi scambio</source>
        <translation>Close exchange</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>coordinamento</source>
        <translation>coordination</translation>
    </message>
    <message>
        <source>punto di comunità</source>
        <translation>Community Point</translation>
    </message>
    <message>
        <source>portatile del custode sociale</source>
        <translation>social caretaker&apos;s laptop</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{file}: da «{site}»: già importato, nulla è cambiato.</source>
        <translation>{file}: from «{site}»: already imported, nothing changed.</translation>
    </message>
    <message>
        <source>{file}: da «{site}»: {applied} modifiche applicate, {known} già presenti.</source>
        <translation>{file}: from «{site}»: {applied} changes applied, {known} already present.</translation>
    </message>
    <message>
        <source>mancano i pacchetti n. {numbers} di questa postazione (persi per strada?): il loro contenuto arriverà con i prossimi</source>
        <translation>packages no. {numbers} of this workstation are missing (lost on the way?): their content will arrive with the next ones</translation>
    </message>
    <message>
        <source>arrivato dopo un pacchetto più recente</source>
        <translation>arrived after a more recent package</translation>
    </message>
    <message>
        <source>iscrizione completata, impronta {fp}</source>
        <translation>enrolment completed, fingerprint {fp}</translation>
    </message>
    <message>
        <source>{n} modifiche in conflitto da rivedere</source>
        <translation>{n} conflicting changes to review</translation>
    </message>
    <message>
        <source>{n} modifiche con data nel futuro messe da parte</source>
        <translation>{n} changes dated in the future set aside</translation>
    </message>
    <message>
        <source>{n} modifiche rifiutate: dati non più di competenza di quella postazione</source>
        <translation>{n} changes refused: records no longer in the remit of that workstation</translation>
    </message>
    <message>
        <source>{n} dati non più di competenza di questa postazione tolti da qui</source>
        <translation>{n} records no longer in the remit of this workstation removed from here</translation>
    </message>
    <message>
        <source>l&apos;orologio di questo computer era avanti: correggere data e ora</source>
        <translation>this computer&apos;s clock was ahead: correct the date and time</translation>
    </message>
    <message>
        <source>{file}: NON importato. {reason} Nulla è stato applicato.</source>
        <translation>{file}: NOT imported. {reason} Nothing was applied.</translation>
    </message>
    <message>
        <source>Pacchetti importati: {ok} di {total}.</source>
        <translation>Packages imported: {ok} of {total}.</translation>
    </message>
    <message>
        <source>Importazione interrotta: {n} pacchetti non importati.</source>
        <translation>Import stopped: {n} packages not imported.</translation>
    </message>
    <message>
        <source>Pacchetto n. {seq} per «{site}» salvato in {file}: {changes} modifiche.</source>
        <translation>Package no. {seq} for «{site}» saved to {file}: {changes} changes.</translation>
    </message>
    <message>
        <source>Sincronizzazione</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Prepara il pacchetto per il coordinamento…</source>
        <translation>Prepare the package for the coordination…</translation>
    </message>
    <message>
        <source>Importa pacchetti…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <source>Importa la cartella della settimana…</source>
        <translation>Import the week&apos;s folder…</translation>
    </message>
    <message>
        <source>Prepara un pacchetto per ogni postazione…</source>
        <translation>Prepare a package for each workstation…</translation>
    </message>
    <message>
        <source>Si possono anche trascinare qui i file .genera da importare.</source>
        <translation>You can also drag the .genera files to import here.</translation>
    </message>
    <message>
        <source>Postazioni della rete</source>
        <translation>Workstations of the network</translation>
    </message>
    <message>
        <source>Postazione</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Impronta della chiave</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Ultimo pacchetto ricevuto</source>
        <translation>Last package received</translation>
    </message>
    <message>
        <source>Ultimo pacchetto inviato</source>
        <translation>Last package sent</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pacchetti mancanti</source>
        <translation>Missing packages</translation>
    </message>
    <message>
        <source>Nessuna altra postazione nella rete. Con «Invita una postazione…» si prepara il file d&apos;invito per un punto di comunità o per il portatile di un custode.</source>
        <translation>No other site in the network yet. «Invita una postazione…» prepares the invitation file for a community point or a custode&apos;s laptop.</translation>
    </message>
    <message>
        <source>Invita una postazione…</source>
        <translation>Invite a workstation…</translation>
    </message>
    <message>
        <source>Escludi dalla rete…</source>
        <translation>Exclude from the network…</translation>
    </message>
    <message>
        <source>Questa postazione non fa ancora parte di una rete.</source>
        <translation>This workstation is not part of a network yet.</translation>
    </message>
    <message>
        <source>Rete «{network}» · postazione «{site}» · {role}</source>
        <translation>Network «{network}» · workstation «{site}» · {role}</translation>
    </message>
    <message>
        <source>punto {code}</source>
        <translation>point {code}</translation>
    </message>
    <message>
        <source>Impronta della chiave di questa postazione: {fp}</source>
        <translation>This workstation&apos;s key fingerprint: {fp}</translation>
    </message>
    <message>
        <source>Ultimo pacchetto ricevuto dal coordinamento: {last_in} · ultimo preparato per il coordinamento: {last_out}</source>
        <translation>Last bundle received from the coordination: {last_in} · last one prepared for the coordination: {last_out}</translation>
    </message>
    <message>
        <source>Postazione nuova: il primo passo è il suo pacchetto per il coordinamento. Finché il coordinamento non l&apos;ha importato, non può preparare pacchetti per questa postazione.</source>
        <translation>A new site: the first step is its bundle for the coordinator. Until the coordinator has imported it, it cannot prepare bundles for this site.</translation>
    </message>
    <message>
        <source>Il pacchetto è stato preparato il {when}: fatelo arrivare al coordinamento (chiavetta USB o e-mail), poi importate qui quello che il coordinamento vi manda.</source>
        <translation>The bundle was prepared on {when}: get it to the coordinator (USB stick or e-mail), then import here what the coordinator sends you.</translation>
    </message>
    <message>
        <source>Preparatelo con «Prepara il pacchetto per il coordinamento…» e fatelo arrivare al coordinamento (chiavetta USB o e-mail).</source>
        <translation>Prepare it with «Prepara il pacchetto per il coordinamento…» and get it to the coordinator (USB stick or e-mail).</translation>
    </message>
    <message>
        <source> e altri {n}</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>esclusa dalla rete</source>
        <translation>excluded from the network</translation>
    </message>
    <message>
        <source>invitata: si attende il primo pacchetto</source>
        <translation>invited: waiting for the first package</translation>
    </message>
    <message>
        <source>nessun pacchetto da {n} giorni</source>
        <translation>no package for {n} days</translation>
    </message>
    <message>
        <source>attiva</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Salva il pacchetto</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <source>Pacchetto genera (*.genera)</source>
        <translation>genera package (*.genera)</translation>
    </message>
    <message>
        <source>Scegli i pacchetti da importare</source>
        <translation>Choose the packages to import</translation>
    </message>
    <message>
        <source>Preparazione del pacchetto…</source>
        <translation>Preparing the package…</translation>
    </message>
    <message>
        <source>Cartella in cui salvare i pacchetti</source>
        <translation>Folder where the packages are saved</translation>
    </message>
    <message>
        <source>Preparazione dei pacchetti…</source>
        <translation>Preparing the packages…</translation>
    </message>
    <message>
        <source>Nessuna postazione iscritta a cui preparare un pacchetto.</source>
        <translation>No enrolled workstation to prepare a package for.</translation>
    </message>
    <message>
        <source>Cartella con i pacchetti della settimana</source>
        <translation>Folder with the week&apos;s packages</translation>
    </message>
    <message>
        <source>Nessun pacchetto .genera da importare.</source>
        <translation>No .genera package to import.</translation>
    </message>
    <message>
        <source>Importazione dei pacchetti…</source>
        <translation>Importing the packages…</translation>
    </message>
    <message>
        <source>Invito per «{site}» salvato in {file}. Impronta del coordinamento da confrontare al telefono: {fp}. Consegnare il file come una chiave: vale una volta sola.</source>
        <translation>Invitation for «{site}» saved to {file}. The coordination&apos;s fingerprint to compare over the phone: {fp}. Hand the file over like a key: it is valid only once.</translation>
    </message>
    <message>
        <source>Scegliere nella tabella la postazione da escludere.</source>
        <translation>Choose the workstation to exclude in the table.</translation>
    </message>
    <message>
        <source>Escludi dalla rete</source>
        <translation>Exclude from the network</translation>
    </message>
    <message>
        <source>Escludere «{site}» dalla rete? I suoi pacchetti non saranno più accettati da nessuna postazione.</source>
        <translation>Exclude «{site}» from the network? Its packages will no longer be accepted by any workstation.</translation>
    </message>
    <message>
        <source>«{site}» è esclusa dalla rete.</source>
        <translation>«{site}» is excluded from the network.</translation>
    </message>
    <message>
        <source>Operazione annullata: non è stato cambiato nulla.</source>
        <translation>Operation cancelled: nothing was changed.</translation>
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
        <translation>Undo (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>genera – sessione bloccata</source>
        <translation>genera – session locked</translation>
    </message>
    <message>
        <source>La sessione di {name} è stata bloccata per inattività.</source>
        <translation>{name}&apos;s session was locked after a time of inactivity.</translation>
    </message>
    <message>
        <source>{name} ha bloccato la sessione.</source>
        <translation>{name} locked the session.</translation>
    </message>
    <message>
        <source>Scrivete la password per riprendere il lavoro.</source>
        <translation>Type the password to get back to work.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sblocca</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Nuovo utente</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>es. m.rossi</source>
        <translation>e.g. m.rossi</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Aree di accesso</source>
        <translation>Access areas</translation>
    </message>
    <message>
        <source>Aggiungi</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Amministratore</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Operatore</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>tutte</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Nome utente</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Aree di accesso</source>
        <translation>Access areas</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attivo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disattivato</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Utenti</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Nuovo utente…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>Reimposta password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Disattiva</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Aree di accesso…</source>
        <translation>Access areas…</translation>
    </message>
    <message>
        <source>Quali dati riservati può vedere e modificare (salute, piani)</source>
        <translation>Which reserved data the user may see and change (health, plans)</translation>
    </message>
    <message>
        <source>Nuova chiave di recupero…</source>
        <translation>New recovery key…</translation>
    </message>
    <message>
        <source>Per un foglio della chiave di recupero perso o visto da altri</source>
        <translation>For a recovery key sheet that was lost or seen by others</translation>
    </message>
    <message>
        <source>Utenti attivi: {n} su {total}</source>
        <translation>Active users: {n} of {total}</translation>
    </message>
    <message>
        <source>Riattiva…</source>
        <translation>Reactivate…</translation>
    </message>
    <message>
        <source>Password di {user} cambiata.</source>
        <translation>{user}&apos;s password changed.</translation>
    </message>
    <message>
        <source>Aree di accesso di {user} cambiate.</source>
        <translation>Access areas of {user} changed.</translation>
    </message>
    <message>
        <source>Disattivare {user}? Non potrà più accedere finché un amministratore non lo riattiva con una nuova password.</source>
        <translation>Disable {user}? They will not be able to log in until an administrator reactivates them with a new password.</translation>
    </message>
    <message>
        <source>Creare una nuova chiave di recupero? Il foglio attuale smetterà subito di aprire questo archivio e la nuova chiave andrà stampata e conservata al suo posto. I backup fatti prima restano con la chiave vecchia: si aprono ancora con quella, non con la nuova.</source>
        <translation>Make a new recovery key? The current sheet will stop opening this archive at once, and the new key must be printed and kept in its place. Backups made before keep the old key: they still open with that one, not with the new one.</translation>
    </message>
    <message>
        <source>Chiave di recupero sostituita.</source>
        <translation>Recovery key replaced.</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <source>Offerta: {title}</source>
        <translation>Vacancy: {title}</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Punteggio</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Idoneo</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>sì</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Candidatura</source>
        <translation>Candidacy</translation>
    </message>
    <message>
        <source>Motivi</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Candidati in ordine di punteggio</source>
        <translation>Candidates by score</translation>
    </message>
    <message>
        <source>&amp;Proponi</source>
        <translation>&amp;Propose</translation>
    </message>
    <message>
        <source>Propone la persona selezionata per questa offerta: nasce una candidatura con il punteggio e i motivi di adesso (Alt+P)</source>
        <translation>Proposes the selected person for this vacancy: a candidacy is made with the score and reasons of now (Alt+P)</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Comune: {place}</source>
        <translation>Comune: {place}</translation>
    </message>
    <message>
        <source>Professione: {label}</source>
        <translation>Occupation: {label}</translation>
    </message>
    <message>
        <source>Indispensabile: {skills}</source>
        <translation>Required: {skills}</translation>
    </message>
    <message>
        <source>Patenti: {licences}</source>
        <translation>Licences: {licences}</translation>
    </message>
    <message>
        <source>Nessun profilo lavoro registrato.</source>
        <translation>No job profile recorded.</translation>
    </message>
    <message>
        <source>{n} idonei su {total} mostrati. Invio o Alt+P propone la persona selezionata.</source>
        <translation>{n} eligible of {total} shown. Enter or Alt+P proposes the selected person.</translation>
    </message>
    <message>
        <source>Candidatura registrata per {name}.</source>
        <translation>Candidacy recorded for {name}.</translation>
    </message>
</context>
<context>
    <name>VatEdit</name>
    <message>
        <source>11 cifre</source>
        <translation>11 digits</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>gg/mm/aaaa o +7</source>
        <translation>dd/mm/yyyy or +7</translation>
    </message>
    <message>
        <source>Visita – {context}</source>
        <translation>Visit – {context}</translation>
    </message>
    <message>
        <source>Modifica visita</source>
        <translation>Edit visit</translation>
    </message>
    <message>
        <source>Contesto</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>— Il contesto nel suo insieme —</source>
        <translation>— The context as a whole —</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>ora</source>
        <translation>time</translation>
    </message>
    <message>
        <source>&amp;Nucleo</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <source>&amp;Persona incontrata</source>
        <translation>&amp;Person met</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Segnalato da</source>
        <translation>&amp;Reported by</translation>
    </message>
    <message>
        <source>&amp;Tipo di contatto</source>
        <translation>&amp;Type of contact</translation>
    </message>
    <message>
        <source>&amp;Esito</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Prossima &amp;visita</source>
        <translation>Next &amp;visit</translation>
    </message>
    <message>
        <source>Problemi &amp;rilevati</source>
        <translation>Problems &amp;found</translation>
    </message>
    <message>
        <source>&amp;Invii e segnalazioni</source>
        <translation>Referrals and re&amp;ports</translation>
    </message>
    <message>
        <source>&amp;Azioni intraprese</source>
        <translation>&amp;Actions taken</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Alt+R: ai problemi · Spazio o 1–9 spunta · «+7» = tra 7 giorni · Ctrl+Invio salva</source>
        <translation>Alt+R: to the problems · Space or 1–9 ticks · «+7» = in 7 days · Ctrl+Enter saves</translation>
    </message>
    <message>
        <source>Salva (Ctrl+Invio)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Salva e stampa scheda (Ctrl+P)</source>
        <translation>Save and print form (Ctrl+P)</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>— Nessuno in particolare —</source>
        <translation>— No one in particular —</translation>
    </message>
    <message>
        <source>Campo obbligatorio</source>
        <translation>Required field</translation>
    </message>
    <message>
        <source>Il nucleo non abita in questo contesto</source>
        <translation>The household does not live in this context</translation>
    </message>
    <message>
        <source>La persona non fa parte del nucleo</source>
        <translation>The person is not a member of the household</translation>
    </message>
    <message>
        <source>La prossima visita non può precedere questa</source>
        <translation>The next visit cannot come before this one</translation>
    </message>
    <message>
        <source>La visita non è stata salvata. Chiudere senza salvarla?</source>
        <translation>The visit was not saved. Close without saving it?</translation>
    </message>
    <message>
        <source>Scheda visita</source>
        <translation>Visit form</translation>
    </message>
    <message>
        <source>Scheda visita del {date}</source>
        <translation>Visit form of {date}</translation>
    </message>
</context>
<context>
    <name>WeekTab</name>
    <message>
        <source>◀ Settimana prima</source>
        <translation>◀ Week before</translation>
    </message>
    <message>
        <source>La settimana prima (Alt+Sinistra, Pag Su)</source>
        <translation>The week before (Alt+Left, Page Up)</translation>
    </message>
    <message>
        <source>&amp;Oggi</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Questa settimana (Alt+O)</source>
        <translation>This week (Alt+T)</translation>
    </message>
    <message>
        <source>Settimana dopo ▶</source>
        <translation>Week after ▶</translation>
    </message>
    <message>
        <source>La settimana dopo (Alt+Destra, Pag Giù)</source>
        <translation>The week after (Alt+Right, Page Down)</translation>
    </message>
    <message>
        <source>Chi conduce</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Giorno</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Orario</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Gruppo o laboratorio</source>
        <translation>Group or workshop</translation>
    </message>
    <message>
        <source>Luogo</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Argomento</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Conduce</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Incontri della settimana</source>
        <translation>Sessions of the week</translation>
    </message>
    <message>
        <source>Invio apre le presenze dell&apos;incontro.</source>
        <translation>Enter opens the session’s attendance.</translation>
    </message>
    <message>
        <source>Tutti i conduttori</source>
        <translation>All facilitators</translation>
    </message>
    <message>
        <source>Settimana dal {first} al {last}</source>
        <translation>Week from {first} to {last}</translation>
    </message>
    <message>
        <source>{n} incontri</source>
        <translation>{n} sessions</translation>
    </message>
    <message>
        <source>1 incontro</source>
        <translation>1 session</translation>
    </message>
    <message>
        <source>Nessun incontro di {who} questa settimana.</source>
        <translation>No sessions of {who} this week.</translation>
    </message>
    <message>
        <source>Nessun incontro questa settimana.</source>
        <translation>No sessions this week.</translation>
    </message>
</context>
<context>
    <name>WorkAgenda</name>
    <message>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Che cosa</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Offerta</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>Impresa</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Lavoro: colloqui e candidature senza risposta</source>
        <translation>Work: interviews and candidacies without an answer</translation>
    </message>
    <message>
        <source>Una candidatura inviata da più di {n} giorni senza risposta è in elenco. Invio apre il nucleo.</source>
        <translation>A candidacy sent more than {n} days ago without an answer is listed. Enter opens the household.</translation>
    </message>
    <message>
        <source>data da fissare</source>
        <translation>date to be set</translation>
    </message>
    <message>
        <source>inviata il {day}</source>
        <translation>sent on {day}</translation>
    </message>
    <message>
        <source>Colloquio</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Senza risposta da {n} giorni</source>
        <translation>No answer for {n} days</translation>
    </message>
</context>
<context>
    <name>WorkCatalogs</name>
    <message>
        <source>Modifica</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Elimina</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Eliminare «{name}»?</source>
        <translation>Delete «{name}»?</translation>
    </message>
    <message>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Misura</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Norma</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>previsto dalla legge</source>
        <translation>provided by law</translation>
    </message>
    <message>
        <source>Incentivi previsti dalla legge</source>
        <translation>Incentives provided by law</translation>
    </message>
    <message>
        <source>&amp;Copia in un incentivo modificabile…</source>
        <translation>&amp;Copy into an editable incentive…</translation>
    </message>
    <message>
        <source>Previsti dalla legge (forniti con il programma; un incentivo con lo stesso codice li sostituisce):</source>
        <translation>Provided by law (shipped with the programme; an incentive with the same code replaces them):</translation>
    </message>
    <message>
        <source>Cataloghi del lavoro</source>
        <translation>Work catalogues</translation>
    </message>
    <message>
        <source>Valgono per tutta la rete: si cambiano solo al coordinamento. Le regole dei tirocini valgono dalla data indicata; senza una regola in vigore si applica la DGR Lombardia 7763/2018.</source>
        <translation>They hold for the whole network: only the coordinator changes them. Internship rules hold from the date given; with no rule in force, Lombardy&apos;s DGR 7763/2018 applies.</translation>
    </message>
</context>
<context>
    <name>WorkForms</name>
    <message>
        <source>Profilo lavoro – {name}</source>
        <translation>Job profile – {name}</translation>
    </message>
</context>
<context>
    <name>WorkIndicators</name>
    <message>
        <source>Piano lavoro</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>In cerca di lavoro (profili attivi)</source>
        <translation>Looking for work (active profiles)</translation>
    </message>
    <message>
        <source>Colloqui in corso</source>
        <translation>Interviews under way</translation>
    </message>
    <message>
        <source>Tirocini avviati</source>
        <translation>Internships started</translation>
    </message>
    <message>
        <source>Tirocini conclusi</source>
        <translation>Internships completed</translation>
    </message>
    <message>
        <source>Tirocini diventati assunzioni</source>
        <translation>Internships turned into hirings</translation>
    </message>
    <message>
        <source>Assunzioni</source>
        <translation>Hirings</translation>
    </message>
    <message>
        <source>Tasso di presenza nei tirocini</source>
        <translation>Attendance rate in internships</translation>
    </message>
    <message>
        <source>Indennità dovute</source>
        <translation>Allowances due</translation>
    </message>
    <message>
        <source>di cui quota del progetto</source>
        <translation>of which the project&apos;s share</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>In cerca di lavoro</source>
        <translation>Looking for work</translation>
    </message>
    <message>
        <source>Tirocini</source>
        <translation>Internships</translation>
    </message>
    <message>
        <source>Mese</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Piano lavoro per punto di comunità</source>
        <translation>Work plan by community point</translation>
    </message>
    <message>
        <source>Piano lavoro per mese</source>
        <translation>Work plan by month</translation>
    </message>
    <message>
        <source>I conteggi sotto 5 sono indicati «&lt;5», come nei report: possono far riconoscere una persona.</source>
        <translation>Counts under 5 read «&lt;5», as in the reports: they could point at one person.</translation>
    </message>
    <message>
        <source>non indicato</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Candidature per stato: {list}</source>
        <translation>Candidacies by state: {list}</translation>
    </message>
    <message>
        <source>Assunzioni per contratto: {list}</source>
        <translation>Hirings by contract: {list}</translation>
    </message>
</context>
<context>
    <name>WorkMessages</name>
    <message>
        <source>L&apos;indennità mensile ({given}) è sotto il minimo regionale che si applica a questo tirocinio ({least}).</source>
        <translation>The monthly allowance ({given}) is below the regional minimum that applies to this internship ({least}).</translation>
    </message>
    <message>
        <source>Il mese è fuori dal tirocinio (da {first} a {last}).</source>
        <translation>The month is outside the internship (from {first} to {last}).</translation>
    </message>
    <message>
        <source>L&apos;incentivo {code} non vale alla data dell&apos;assunzione ({day}).</source>
        <translation>The incentive {code} is not valid on the hiring&apos;s date ({day}).</translation>
    </message>
    <message>
        <source>Questa persona ha già un profilo lavoro: modificare quello.</source>
        <translation>This person already has a job profile: change that one.</translation>
    </message>
    <message>
        <source>Un&apos;offerta di lavoro è di un&apos;impresa o di un&apos;agenzia per il lavoro.</source>
        <translation>A vacancy belongs to a company or a staffing agency.</translation>
    </message>
    <message>
        <source>Questa persona è già candidata a questa offerta.</source>
        <translation>This person is already a candidate for this vacancy.</translation>
    </message>
    <message>
        <source>Questa persona non ha un profilo lavoro: crearlo prima.</source>
        <translation>This person has no job profile: make one first.</translation>
    </message>
    <message>
        <source>Un tirocinio dura almeno {detail} mesi.</source>
        <translation>An internship lasts at least {detail} months.</translation>
    </message>
    <message>
        <source>Per questa persona un tirocinio dura al massimo {detail} mesi.</source>
        <translation>For this person an internship lasts at most {detail} months.</translation>
    </message>
    <message>
        <source>L&apos;incentivo {detail} non è nel catalogo degli incentivi.</source>
        <translation>The incentive {detail} is not in the incentive catalogue.</translation>
    </message>
    <message>
        <source>Esiste già un incentivo con il codice {detail}.</source>
        <translation>An incentive with the code {detail} already exists.</translation>
    </message>
    <message>
        <source>Il profilo non registra il consenso della persona a condividere il curriculum: la scheda non si stampa.</source>
        <translation>The profile does not record the person&apos;s consent to share the CV: the sheet is not printed.</translation>
    </message>
    <message>
        <source>Questo mese del tirocinio è già registrato: modificare quello.</source>
        <translation>This month of the internship is already recorded: change that one.</translation>
    </message>
    <message>
        <source>L&apos;iscrizione al corso non è ancora completata.</source>
        <translation>The course enrolment is not completed yet.</translation>
    </message>
    <message>
        <source>Questo tirocinio ha un&apos;indennità minima regionale ({detail}): l&apos;indennità non si può togliere.</source>
        <translation>This internship has a regional minimum allowance ({detail}): the allowance cannot be removed.</translation>
    </message>
    <message>
        <source>Il tirocinio indicato è di un&apos;altra persona.</source>
        <translation>The internship given is another person&apos;s.</translation>
    </message>
    <message>
        <source>Questa persona è già iscritta a questo corso.</source>
        <translation>This person is already enrolled in this course.</translation>
    </message>
    <message>
        <source>Non è una professione del catalogo</source>
        <translation>Not an occupation of the catalogue</translation>
    </message>
    <message>
        <source>Non è una competenza del catalogo</source>
        <translation>Not a skill of the catalogue</translation>
    </message>
    <message>
        <source>Scrivere la lingua con il livello, es. it:C1 o en:A2</source>
        <translation>Write the language with its level, e.g. it:C1 or en:A2</translation>
    </message>
    <message>
        <source>Non può essere prima dell&apos;inizio</source>
        <translation>Cannot be before the start</translation>
    </message>
    <message>
        <source>Più di 0 e al massimo {detail} ore</source>
        <translation>More than 0 and at most {detail} hours</translation>
    </message>
    <message>
        <source>Almeno {detail}</source>
        <translation>At least {detail}</translation>
    </message>
    <message>
        <source>Scrivere il mese come AAAA-MM</source>
        <translation>Write the month as YYYY-MM</translation>
    </message>
    <message>
        <source>Deve essere uguale al numero dei giorni segnati ({detail})</source>
        <translation>Must equal the number of days marked ({detail})</translation>
    </message>
    <message>
        <source>Il giorno {detail} è segnato due volte</source>
        <translation>Day {detail} is marked twice</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Lavoro</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Cerca per posizione, impresa o comune (Ctrl+F)</source>
        <translation>Search by position, company or comune (Ctrl+F)</translation>
    </message>
    <message>
        <source>Persona…</source>
        <translation>Person…</translation>
    </message>
    <message>
        <source>Cerca una persona e apre il suo lavoro: profilo, offerte adatte, tirocini (Ctrl+P)</source>
        <translation>Finds a person and opens their work: profile, vacancies that fit, internships (Ctrl+P)</translation>
    </message>
    <message>
        <source>Presenze del mese…</source>
        <translation>Attendance of the month…</translation>
    </message>
    <message>
        <source>I tirocini in corso di un punto in un mese: giorni previsti e di presenza (Ctrl+M)</source>
        <translation>A point&apos;s internships under way in a month: days expected and attended (Ctrl+M)</translation>
    </message>
    <message>
        <source>Registra una nuova offerta di lavoro (Ctrl+N)</source>
        <translation>Records a new vacancy (Ctrl+N)</translation>
    </message>
    <message>
        <source>Cataloghi…</source>
        <translation>Catalogues…</translation>
    </message>
    <message>
        <source>Corsi, incentivi e regole dei tirocini (Ctrl+K)</source>
        <translation>Courses, incentives and internship rules (Ctrl+K)</translation>
    </message>
    <message>
        <source>Tutti gli stati</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Stato dell&apos;offerta</source>
        <translation>Vacancy status</translation>
    </message>
    <message>
        <source>Invio apre l&apos;offerta con i candidati in ordine di punteggio.</source>
        <translation>Enter opens the vacancy with its candidates by score.</translation>
    </message>
    <message>
        <source>Nessuna offerta: «Nuova offerta» (Ctrl+N) per la prima.</source>
        <translation>No vacancy: «New vacancy» (Ctrl+N) for the first.</translation>
    </message>
    <message>
        <source>Nessuna offerta trovata.</source>
        <translation>No vacancy found.</translation>
    </message>
    <message>
        <source>{n} offerte</source>
        <translation>{n} vacancies</translation>
    </message>
    <message>
        <source>1 offerta</source>
        <translation>1 vacancy</translation>
    </message>
    <message>
        <source>Lavoro: cerca la persona</source>
        <translation>Work: find the person</translation>
    </message>
</context>
<context>
    <name>WorkshopList</name>
    <message>
        <source>Incontri</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Iscritti</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Cerca per titolo, conduttore o descrizione (Ctrl+F)</source>
        <translation>Search by title, facilitator or description (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nuovo laboratorio (Ctrl+N)</source>
        <translation>New workshop (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tutti gli stati</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Stato del laboratorio</source>
        <translation>Workshop status</translation>
    </message>
    <message>
        <source>Tutti i temi</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Tutti i destinatari</source>
        <translation>All audiences</translation>
    </message>
    <message>
        <source>Destinatari</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Tutti i luoghi</source>
        <translation>All places</translation>
    </message>
    <message>
        <source>Luogo</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Tutti i punti</source>
        <translation>All points</translation>
    </message>
    <message>
        <source>Punto di comunità</source>
        <translation>Community point</translation>
    </message>
    <message>
        <source>In grassetto i laboratori in corso. Invio apre il laboratorio.</source>
        <translation>Running workshops in bold. Enter opens the workshop.</translation>
    </message>
    <message>
        <source>Nessun laboratorio: «Nuovo laboratorio» (Ctrl+N) per il primo.</source>
        <translation>No workshops: “New workshop” (Ctrl+N) for the first.</translation>
    </message>
    <message>
        <source>Nessun laboratorio trovato.</source>
        <translation>No workshop found.</translation>
    </message>
    <message>
        <source>1 laboratorio</source>
        <translation>1 workshop</translation>
    </message>
    <message>
        <source>{n} laboratori</source>
        <translation>{n} workshops</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Foglio firme…</source>
        <translation>Sign-in sheet…</translation>
    </message>
    <message>
        <source>Foglio firme dell&apos;incontro scelto, con anteprima (Ctrl+P)</source>
        <translation>Sign-in sheet of the chosen session, with preview (Ctrl+P)</translation>
    </message>
    <message>
        <source>Registro presenze…</source>
        <translation>Attendance register…</translation>
    </message>
    <message>
        <source>Registro delle presenze di tutti gli incontri</source>
        <translation>Attendance register of every session</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Salva i dati del laboratorio (Ctrl+S)</source>
        <translation>Save the workshop&apos;s details (Ctrl+S)</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Torna all&apos;elenco (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>&amp;Dati</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Presenti</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Nessun incontro: «Nuovo incontro» (Ins) per aggiungere il primo.</source>
        <translation>No sessions: “New session” (Ins) to add the first.</translation>
    </message>
    <message>
        <source>Modifica</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Elimina</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Incontri</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>Cognome e nome</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Nato/a il</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>Presenze</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Nessun iscritto: «Iscrivi persona» (Ins) cerca tra le persone registrate, «Nuova persona» registra chi non c&apos;è.</source>
        <translation>Nobody enrolled: “Enrol person” (Ins) searches the registered persons, “New person” registers someone who is not there.</translation>
    </message>
    <message>
        <source>Iscrivi persona…</source>
        <translation>Enrol person…</translation>
    </message>
    <message>
        <source>Nuova persona…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Ritirato / iscritto</source>
        <translation>Withdrawn / enrolled</translation>
    </message>
    <message>
        <source>Togli iscrizione</source>
        <translation>Remove enrolment</translation>
    </message>
    <message>
        <source>&amp;Partecipanti</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Partecipanti</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Pr&amp;esenze</source>
        <translation>Att&amp;endance</translation>
    </message>
    <message>
        <source>Per segnare le presenze servono almeno un incontro (scheda Incontri) e un iscritto (scheda Partecipanti).</source>
        <translation>To mark attendance you need at least one session (Sessions tab) and one person enrolled (Participants tab).</translation>
    </message>
    <message>
        <source>Laboratorio</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>{n} incontri</source>
        <translation>{n} sessions</translation>
    </message>
    <message>
        <source>1 incontro</source>
        <translation>1 session</translation>
    </message>
    <message>
        <source>{n} iscritti</source>
        <translation>{n} enrolled</translation>
    </message>
    <message>
        <source>1 iscritto</source>
        <translation>1 enrolled</translation>
    </message>
    <message>
        <source>modifiche non salvate</source>
        <translation>unsaved changes</translation>
    </message>
    <message>
        <source>&amp;Incontri ({n})</source>
        <translation>&amp;Sessions ({n})</translation>
    </message>
    <message>
        <source>&amp;Partecipanti ({n})</source>
        <translation>&amp;Participants ({n})</translation>
    </message>
    <message>
        <source>Eliminare l&apos;incontro del {date}?</source>
        <translation>Delete the session of {date}?</translation>
    </message>
    <message>
        <source>Ha {n} presenze segnate: restano nell&apos;archivio ma non si vedranno più.</source>
        <translation>It has {n} attendances marked: they stay in the archive but will no longer be shown.</translation>
    </message>
    <message>
        <source>Elimina incontro</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Iscrivi al laboratorio</source>
        <translation>Enrol in the workshop</translation>
    </message>
    <message>
        <source>Chi non è di questo punto si registra qui come contatto: «Nuova persona…».</source>
        <translation>Someone not of this point is registered here as a contact: “New person…”.</translation>
    </message>
    <message>
        <source>{name} ha presenze segnate: non si toglie l&apos;iscrizione, si segna come ritirato/a (Ctrl+D).</source>
        <translation>{name} has attendances marked: the enrolment is not removed, it is marked withdrawn (Ctrl+D).</translation>
    </message>
    <message>
        <source>Togliere l&apos;iscrizione di {name}?</source>
        <translation>Remove {name}&apos;s enrolment?</translation>
    </message>
    <message>
        <source>Togli</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Foglio firme del {date}</source>
        <translation>Sign-in sheet of {date}</translation>
    </message>
    <message>
        <source>Registro presenze</source>
        <translation>Attendance register</translation>
    </message>
</context>
<context>
    <name>YouthFileForm</name>
    <message>
        <source>&amp;Scheda</source>
        <translation>Young per&amp;son&apos;s file</translation>
    </message>
    <message>
        <source>Sal&amp;va la scheda</source>
        <translation>Sa&amp;ve the file</translation>
    </message>
    <message>
        <source>Scrive la scheda (Alt+V, o Invio in un campo)</source>
        <translation>Saves the file (Alt+V, or Enter in a field)</translation>
    </message>
    <message>
        <source>Nessuna scheda: salvandola la persona entra nel piano.</source>
        <translation>No file yet: saving it adds the person to the plan.</translation>
    </message>
</context>
<context>
    <name>YouthPage</name>
    <message>
        <source>Cognome e nome</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <source>Età</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Nato/a il</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Consensi validi</source>
        <translation>Valid consents</translation>
    </message>
    <message>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Scuola e classe</source>
        <translation>School and class</translation>
    </message>
    <message>
        <source>Educatore</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Adolescenti</source>
        <translation>Adolescents</translation>
    </message>
    <message>
        <source>Cerca per cognome e nome (Ctrl+F)</source>
        <translation>Search by surname and name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Anche sotto gli &amp;11 anni</source>
        <translation>Also under &amp;11</translation>
    </message>
    <message>
        <source>Mostra anche i bambini sotto gli 11 anni (Alt+1)</source>
        <translation>Show the children under 11 too (Alt+1)</translation>
    </message>
    <message>
        <source>Tutti i giovani fino a 2&amp;5 anni</source>
        <translation>Every young person up to 2&amp;5</translation>
    </message>
    <message>
        <source>Mostra anche i giovani adulti non ancora seguiti, in grigio: salvando la loro scheda entrano nel piano (Alt+5)</source>
        <translation>Also shows the young adults not yet followed, in grey: saving their file adds them to the plan (Alt+5)</translation>
    </message>
    <message>
        <source>Invio apre consensi e scuola-lavoro della persona.</source>
        <translation>Enter opens the person&apos;s consents and school-work.</translation>
    </message>
    <message>
        <source>Nessuna persona trovata.</source>
        <translation>No person found.</translation>
    </message>
    <message>
        <source>Nessun ragazzo dagli 11 anni nei nuclei di questo punto.</source>
        <translation>No young people of 11 or more in this point’s households.</translation>
    </message>
    <message>
        <source>Nessun minorenne nei nuclei di questo punto.</source>
        <translation>No minors in this point&apos;s households.</translation>
    </message>
    <message>
        <source>1 minorenne</source>
        <translation>1 minor</translation>
    </message>
    <message>
        <source>{n} minorenni</source>
        <translation>{n} minors</translation>
    </message>
    <message>
        <source>1 giovane adulto</source>
        <translation>1 young adult</translation>
    </message>
    <message>
        <source>{n} giovani adulti</source>
        <translation>{n} young adults</translation>
    </message>
    <message>
        <source> (non seguiti: {n})</source>
        <translation> (not followed: {n})</translation>
    </message>
</context>
<context>
    <name>YouthSection</name>
    <message>
        <source>Parti del piano adolescenti</source>
        <translation>Parts of the adolescents’ plan</translation>
    </message>
    <message>
        <source>&amp;Ragazzi</source>
        <translation>&amp;Young people</translation>
    </message>
    <message>
        <source>&amp;Gruppi</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <source>Setti&amp;mana</source>
        <translation>&amp;Week</translation>
    </message>
</context>
<context>
    <name>YouthWorkshopPage</name>
    <message>
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Foto all&apos;incontro…</source>
        <translation>Photos at the session…</translation>
    </message>
    <message>
        <source>Foto all&apos;incontro</source>
        <translation>Photos at the session</translation>
    </message>
    <message>
        <source>Foto dell&apos;incontro del {date}: che cosa ritraggono e dove sono conservate</source>
        <translation>Photos of the session of {date}: what they show and where they are kept</translation>
    </message>
    <message>
        <source>Iscrivi al gruppo</source>
        <translation>Enrol in the group</translation>
    </message>
    <message>
        <source>Registrare ora il consenso alle attività dato da un genitore o dal tutore?</source>
        <translation>Record now the consent to activities given by a parent or the guardian?</translation>
    </message>
    <message>
        <source>Manca il consenso</source>
        <translation>Consent missing</translation>
    </message>
    <message>
        <source>Registra il consenso</source>
        <translation>Record the consent</translation>
    </message>
</context>
<context>
    <name>ZonesTab</name>
    <message>
        <source>Cerca per comune, zona o accordo (Ctrl+F)</source>
        <translation>Search by comune, zone or agreement (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nuova zona con la sua fascia (Ctrl+N)</source>
        <translation>New zone with its band (Ctrl+N)</translation>
    </message>
    <message>
        <source>Invio modifica la zona scelta.</source>
        <translation>Enter changes the chosen zone.</translation>
    </message>
    <message>
        <source>Le fasce del canone concordato (€/m² al mese) vengono dall&apos;accordo territoriale di ciascun comune. Per questi comuni non ne è stato trovato nessuno: la tabella parte vuota e, finché una zona non ha la sua fascia, il confronto del canone resta «Non verificabile». Indicare la zona nell&apos;alloggio con lo stesso codice.</source>
        <translation>The agreed-rent bands (€/m² a month) come from each comune&apos;s territorial agreement (accordo territoriale). None was found for these comuni: the table starts empty and, until a zone has its band, the rent check stays «Cannot be checked». Give the dwelling the zone with the same code.</translation>
    </message>
    <message>
        <source>Le zone si inseriscono e si modificano al coordinamento.</source>
        <translation>Zones are entered and changed at the coordinator.</translation>
    </message>
    <message>
        <source>Nessuna zona inserita.</source>
        <translation>No zone entered.</translation>
    </message>
    <message>
        <source>1 zona</source>
        <translation>1 zone</translation>
    </message>
    <message>
        <source>{n} zone</source>
        <translation>{n} zones</translation>
    </message>
</context>
<context>
    <name>_GuestsDelegate</name>
    <message>
        <source>Ospiti</source>
        <translation>Guests</translation>
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
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Almeno {n} caratteri (ne mancano {missing})</source>
        <translation>At least {n} characters ({missing} to go)</translation>
    </message>
</context>
<context>
    <name>_ProgressWindow</name>
    <message>
        <source>Operazione in corso</source>
        <translation>Operation in progress</translation>
    </message>
    <message>
        <source>Attendere…</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Errore imprevisto</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Si è verificato un errore imprevisto. Il lavoro già salvato è al sicuro; se si ripete, rivolgersi all&apos;assistenza indicando l&apos;ora.</source>
        <translation>An unexpected error occurred. Work already saved is safe; if it happens again, contact support and say what time it happened.</translation>
    </message>
    <message>
        <source>Lingua cambiata.</source>
        <translation>Language changed.</translation>
    </message>
    <message>
        <source>Ripristino da copia</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Il ripristino non è riuscito e l&apos;archivio è rimasto com&apos;era.
{reason}</source>
        <translation>The restore failed and the archive is as it was.
{reason}</translation>
    </message>
    <message>
        <source>L&apos;archivio è stato ripristinato dalla copia del {date}.
L&apos;archivio sostituito è conservato nella cartella dei dati, in «{folder}».
Accedete di nuovo per continuare.</source>
        <translation>The archive was restored from the backup of {date}.
The replaced archive is kept in the data folder, in “{folder}”.
Log in again to go on.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>servono 16 caratteri, o 11 cifre per un codice provvisorio</source>
        <translation>16 characters are needed, or 11 digits for a provisional code</translation>
    </message>
    <message>
        <source>contiene caratteri non ammessi o fuori posto</source>
        <translation>contains characters that are not allowed or out of place</translation>
    </message>
    <message>
        <source>carattere di controllo errato</source>
        <translation>wrong check character</translation>
    </message>
    <message>
        <source>la data di nascita non esiste</source>
        <translation>the date of birth does not exist</translation>
    </message>
    <message>
        <source>il codice del luogo di nascita non esiste</source>
        <translation>the place of birth code does not exist</translation>
    </message>
    <message>
        <source>Codice fiscale non valido</source>
        <translation>Invalid tax code</translation>
    </message>
    <message>
        <source>Codice fiscale non valido: {reason}</source>
        <translation>Invalid tax code: {reason}</translation>
    </message>
    <message>
        <source>Data non valida: scrivere gg/mm/aaaa, es. 31/12/2025</source>
        <translation>Invalid date: write dd/mm/yyyy, e.g. 31/12/2025</translation>
    </message>
    <message>
        <source>Il dato collegato non esiste più</source>
        <translation>The linked record no longer exists</translation>
    </message>
    <message>
        <source>Codice provvisorio (11 cifre)</source>
        <translation>Provisional code (11 digits)</translation>
    </message>
    <message>
        <source>Codice fiscale valido (omocodia)</source>
        <translation>Valid tax code (omocodia)</translation>
    </message>
    <message>
        <source>Codice fiscale valido</source>
        <translation>Valid tax code</translation>
    </message>
    <message>
        <source>Non corrisponde al codice fiscale</source>
        <translation>Does not match the tax code</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Campo obbligatorio</source>
        <translation>Required field</translation>
    </message>
    <message>
        <source>Testo troppo lungo (al massimo {detail} caratteri)</source>
        <translation>Text too long (at most {detail} characters)</translation>
    </message>
    <message>
        <source>Scegliere uno dei valori proposti</source>
        <translation>Choose one of the values offered</translation>
    </message>
    <message>
        <source>Data non valida</source>
        <translation>Invalid date</translation>
    </message>
    <message>
        <source>Scrivere un orario valido, es. 09:30</source>
        <translation>Write a valid time, e.g. 09:30</translation>
    </message>
    <message>
        <source>La data di nascita deve essere tra il 1900 e oggi</source>
        <translation>The date of birth must be between 1900 and today</translation>
    </message>
    <message>
        <source>Numero di telefono non valido (da 6 a 15 cifre)</source>
        <translation>Invalid phone number (6 to 15 digits)</translation>
    </message>
    <message>
        <source>Indirizzo e-mail non valido</source>
        <translation>Invalid e-mail address</translation>
    </message>
    <message>
        <source>Codice fiscale non valido</source>
        <translation>Invalid tax code</translation>
    </message>
    <message>
        <source>Punto di comunità sconosciuto</source>
        <translation>Unknown Community Point</translation>
    </message>
    <message>
        <source>Riferimento non trovato</source>
        <translation>Reference not found</translation>
    </message>
    <message>
        <source>Da 2 a 12 lettere, cifre, «-» o «_», iniziando con una lettera o una cifra</source>
        <translation>2 to 12 letters, digits, “-” or “_”, starting with a letter or digit</translation>
    </message>
    <message>
        <source>Da 2 a {detail} lettere, cifre, «-» o «_», iniziando con una lettera o una cifra</source>
        <translation>2 to {detail} letters, digits, “-” or “_”, starting with a letter or digit</translation>
    </message>
    <message>
        <source>Già in uso: sceglierne un altro</source>
        <translation>Already in use: choose another</translation>
    </message>
    <message>
        <source>Il numero di pratica, una volta assegnato, non si toglie né si cambia</source>
        <translation>A case number, once assigned, cannot be removed or changed</translation>
    </message>
    <message>
        <source>Non può essere indicato insieme al codice fiscale</source>
        <translation>Cannot be given together with the tax code</translation>
    </message>
    <message>
        <source>La password deve avere almeno {detail} caratteri</source>
        <translation>The password must have at least {detail} characters</translation>
    </message>
    <message>
        <source>È una delle password più usate, o fatta come loro (una parola comune o il proprio nome con delle cifre): sceglierne una più difficile da indovinare</source>
        <translation>This is one of the most used passwords, or made like them (a common word or your own name with digits): choose one harder to guess</translation>
    </message>
    <message>
        <source>Senza spazi né accenti: lettere, cifre, punto o trattino (da 2 a 60)</source>
        <translation>No spaces or accents: letters, digits, full stop or hyphen (2 to 60)</translation>
    </message>
    <message>
        <source>Valore diverso da quello della riga {detail}</source>
        <translation>Value differs from the one on row {detail}</translation>
    </message>
    <message>
        <source>Già presente alla riga {detail}</source>
        <translation>Already present on row {detail}</translation>
    </message>
    <message>
        <source>Già importato (nucleo {detail})</source>
        <translation>Already imported (household {detail})</translation>
    </message>
    <message>
        <source>Formula senza valore salvato: aprire il file con il foglio di calcolo e salvarlo di nuovo, oppure scrivere il valore</source>
        <translation>A formula with no saved value: open the file in the spreadsheet program and save it again, or type the value</translation>
    </message>
    <message>
        <source>Fuori dall&apos;ambito di questa postazione</source>
        <translation>Outside the scope of this workstation</translation>
    </message>
    <message>
        <source>Scegliere un&apos;organizzazione di tipo scuola</source>
        <translation>Choose an organisation of type school</translation>
    </message>
    <message>
        <source>Scegliere un&apos;organizzazione di tipo agenzia immobiliare</source>
        <translation>Choose an organisation of type estate agency</translation>
    </message>
    <message>
        <source>Non può essere prima della data d&apos;inizio</source>
        <translation>Cannot be before the start date</translation>
    </message>
    <message>
        <source>Non può essere inferiore al minimo</source>
        <translation>Cannot be below the minimum</translation>
    </message>
    <message>
        <source>Non può essere prima della data del consenso</source>
        <translation>Cannot be before the consent&apos;s date</translation>
    </message>
    <message>
        <source>Non può essere prima della data di inizio</source>
        <translation>Cannot be before the start date</translation>
    </message>
    <message>
        <source>Scrivere l&apos;anno scolastico come 2026/27</source>
        <translation>Write the school year like 2026/27</translation>
    </message>
    <message>
        <source>Scrivere un numero intero</source>
        <translation>Write a whole number</translation>
    </message>
    <message>
        <source>Scrivere un numero</source>
        <translation>Write a number</translation>
    </message>
    <message>
        <source>Il numero non può essere negativo</source>
        <translation>The number cannot be negative</translation>
    </message>
    <message>
        <source>«{detail}» è scritto due volte</source>
        <translation>“{detail}” is written twice</translation>
    </message>
    <message>
        <source>Scrivere sì o no</source>
        <translation>Write yes or no</translation>
    </message>
    <message>
        <source>Colonna sconosciuta</source>
        <translation>Unknown column</translation>
    </message>
    <message>
        <source>Le due password non coincidono</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <source>Partita IVA non valida: 11 cifre con la cifra di controllo giusta</source>
        <translation>Invalid VAT number: 11 digits with the right check digit</translation>
    </message>
    <message>
        <source>Non è un codice della classificazione ATECO 2025</source>
        <translation>Not a code of the ATECO 2025 classification</translation>
    </message>
    <message>
        <source>Senza il consenso al trattamento dei dati non si registra nessuno</source>
        <translation>Nobody is registered without consent to the processing of their data</translation>
    </message>
    <message>
        <source>Questa postazione non fa ancora parte di una rete.</source>
        <translation>This workstation is not part of a network yet.</translation>
    </message>
    <message>
        <source>Solo il coordinamento può farlo.</source>
        <translation>Only the coordination can do this.</translation>
    </message>
    <message>
        <source>Punti e contesti abitativi si creano e si modificano al coordinamento.</source>
        <translation>Points and housing contexts are created and edited at the coordination.</translation>
    </message>
    <message>
        <source>Questo dato è fuori dall&apos;ambito di questa postazione.</source>
        <translation>This record is outside the scope of this workstation.</translation>
    </message>
    <message>
        <source>Solo un amministratore può farlo.</source>
        <translation>Only an administrator can do this.</translation>
    </message>
    <message>
        <source>Non puoi disattivare il tuo stesso profilo.</source>
        <translation>You cannot disable your own profile.</translation>
    </message>
    <message>
        <source>Il nucleo familiare è stato eliminato: ripristinarlo prima.</source>
        <translation>The household has been deleted: restore it first.</translation>
    </message>
    <message>
        <source>Il punto ha ancora nuclei familiari attivi.</source>
        <translation>The point still has active households.</translation>
    </message>
    <message>
        <source>Il dato non è eliminato.</source>
        <translation>The record is not deleted.</translation>
    </message>
    <message>
        <source>I dati di questa persona sono stati cancellati (GDPR): non si possono ripristinare.</source>
        <translation>This person&apos;s data were erased (GDPR) and cannot be restored.</translation>
    </message>
    <message>
        <source>Le famiglie dimostrative sono già state caricate in questo archivio.</source>
        <translation>The demo families have already been loaded into this archive.</translation>
    </message>
    <message>
        <source>Esiste già un dato con questo identificativo.</source>
        <translation>A record with this identifier already exists.</translation>
    </message>
    <message>
        <source>La persona è minorenne il {day}: per iscriverla a un laboratorio serve il consenso alle attività dato da un genitore o dal tutore. Registrare prima il consenso.</source>
        <translation>The person is under 18 on {day}: enrolling them in a workshop needs the consent to activities given by a parent or guardian. Record the consent first.</translation>
    </message>
    <message>
        <source>La persona è minorenne il {day}: per la formazione scuola-lavoro serve il consenso dato da un genitore o dal tutore. Registrare prima il consenso.</source>
        <translation>The person is under 18 on {day}: school-work needs the consent given by a parent or guardian. Record the consent first.</translation>
    </message>
    <message>
        <source>La persona è minorenne: i suoi dati si esportano su richiesta di un genitore o del tutore, di cui va indicato il nome.</source>
        <translation>The person is a minor: their data are exported at the request of a parent or the guardian, whose name must be given.</translation>
    </message>
    <message>
        <source>Per l&apos;esportazione indicare il nome di chi la richiede e se è un genitore o il tutore.</source>
        <translation>For the export, give the name of who requests it and whether a parent or the guardian.</translation>
    </message>
    <message>
        <source>Tra i presenti all&apos;incontro c&apos;è chi non ha un consenso alle immagini valido (per un minore, di un genitore o del tutore): le foto non si registrano. La colonna «Foto» dei partecipanti dice chi.</source>
        <translation>Someone present at the session has no valid images consent (for a minor, a parent’s or the guardian’s): the photos are not recorded. The participants’ “Photos” column says who.</translation>
    </message>
    <message>
        <source>Il {day} la persona ha più di 25 anni: il piano segue i ragazzi e i giovani fino a 25 anni.</source>
        <translation>On {day} the person is over 25: the plan follows young people up to 25.</translation>
    </message>
    <message>
        <source>La persona ha già una scheda: modificare quella.</source>
        <translation>The person already has a file: change that one.</translation>
    </message>
    <message>
        <source>Manca la data della formazione sulla sicurezza: prima di quella non si registrano ore.</source>
        <translation>The safety training date is missing: no hours are recorded before it.</translation>
    </message>
    <message>
        <source>Non si registrano ore prima della formazione sulla sicurezza (del {day}).</source>
        <translation>No hours are recorded before the safety training (on {day}).</translation>
    </message>
    <message>
        <source>Ci sono già ore registrate il {day}: la formazione sulla sicurezza non può essere dopo o mancare. Eliminare prima quelle ore.</source>
        <translation>Hours are already logged on {day}: the safety training cannot be after them or missing. Delete those hours first.</translation>
    </message>
    <message>
        <source>Questa persona è già iscritta al laboratorio.</source>
        <translation>This person is already enrolled in the workshop.</translation>
    </message>
    <message>
        <source>La persona appartiene a un nucleo di un altro punto: registrarla in questo punto come contatto.</source>
        <translation>The person belongs to a household of another point: register them at this point as a contact.</translation>
    </message>
    <message>
        <source>La persona non è iscritta al laboratorio di questo incontro.</source>
        <translation>The person is not enrolled in this session&apos;s workshop.</translation>
    </message>
    <message>
        <source>La presenza di questa persona a questo incontro è già registrata.</source>
        <translation>This person&apos;s attendance at this session is already recorded.</translation>
    </message>
    <message>
        <source>Laboratorio, incontro e persona non si cambiano: eliminare il dato e crearne uno nuovo.</source>
        <translation>Workshop, session and person cannot change: delete the record and make a new one.</translation>
    </message>
    <message>
        <source>Per accogliere o respingere un&apos;iniziativa serve la data della decisione.</source>
        <translation>Accepting or rejecting an initiative needs the date of the decision.</translation>
    </message>
    <message>
        <source>Il sostegno si concede solo a un&apos;iniziativa accolta, in corso o conclusa.</source>
        <translation>Support is granted only to an initiative accepted, in progress or completed.</translation>
    </message>
    <message>
        <source>Dare un nome alla nuova postazione.</source>
        <translation>Give the new workstation a name.</translation>
    </message>
    <message>
        <source>Scegliere se è un punto di comunità o un portatile.</source>
        <translation>Choose whether it is a Community Point or a laptop.</translation>
    </message>
    <message>
        <source>Questo punto di comunità non esiste qui.</source>
        <translation>This Community Point does not exist here.</translation>
    </message>
    <message>
        <source>Per un punto di comunità bisogna indicare quale punto.</source>
        <translation>For a Community Point, say which point.</translation>
    </message>
    <message>
        <source>Nella rete c&apos;è già una postazione con questo nome.</source>
        <translation>There is already a workstation with this name in the network.</translation>
    </message>
    <message>
        <source>Il coordinamento non può escludere sé stesso.</source>
        <translation>The coordination cannot exclude itself.</translation>
    </message>
    <message>
        <source>Scegliere la postazione a cui è destinato il pacchetto.</source>
        <translation>Choose the workstation the package is meant for.</translation>
    </message>
    <message>
        <source>Non si prepara un pacchetto per questa stessa postazione.</source>
        <translation>A package is not prepared for this same workstation.</translation>
    </message>
    <message>
        <source>Questa postazione è stata esclusa dalla rete: nessun pacchetto per lei.</source>
        <translation>This workstation has been excluded from the network: no package for it.</translation>
    </message>
    <message>
        <source>Questa postazione non ha ancora completato l&apos;iscrizione: importare prima il suo primo pacchetto.</source>
        <translation>This workstation has not completed its enrolment yet: import its first package first.</translation>
    </message>
    <message>
        <source>Questa postazione è stata esclusa dalla rete dal coordinamento: non può più inviare pacchetti.</source>
        <translation>This workstation has been excluded from the network by the coordination: it can no longer send packages.</translation>
    </message>
    <message>
        <source>Questo file non è un pacchetto di genera.</source>
        <translation>This file is not a genera package.</translation>
    </message>
    <message>
        <source>Il pacchetto è incompleto: copiarlo di nuovo dalla postazione che l&apos;ha preparato.</source>
        <translation>The package is incomplete: copy it again from the workstation that prepared it.</translation>
    </message>
    <message>
        <source>Il pacchetto è danneggiato o è stato modificato.</source>
        <translation>The package is damaged or has been modified.</translation>
    </message>
    <message>
        <source>Il pacchetto non viene davvero dalla postazione che dice: è stato modificato o falsificato.</source>
        <translation>The package does not really come from the workstation it claims: it has been modified or forged.</translation>
    </message>
    <message>
        <source>Il file è cambiato mentre veniva letto: riprovare.</source>
        <translation>The file changed while it was being read: try again.</translation>
    </message>
    <message>
        <source>Questo pacchetto è destinato a un&apos;altra postazione.</source>
        <translation>This package is meant for another workstation.</translation>
    </message>
    <message>
        <source>Il pacchetto è stato preparato da una versione più recente di genera: aggiornare il programma.</source>
        <translation>The package was prepared by a newer version of genera: update the program.</translation>
    </message>
    <message>
        <source>Questo pacchetto viene da una postazione che questo archivio non conosce.</source>
        <translation>This package comes from a workstation this archive does not know.</translation>
    </message>
    <message>
        <source>Questo pacchetto viene da una postazione esclusa dalla rete.</source>
        <translation>This package comes from a workstation excluded from the network.</translation>
    </message>
    <message>
        <source>Questo pacchetto viene da una postazione sospesa perché due computer dicono di essere lei: il coordinamento deve iscriverla di nuovo.</source>
        <translation>This package comes from a workstation suspended because two computers claim to be it: the coordination must enrol it again.</translation>
    </message>
    <message>
        <source>Due computer dicono di essere la stessa postazione (un archivio copiato?): la postazione è sospesa finché il coordinamento non la iscrive di nuovo.</source>
        <translation>Two computers claim to be the same workstation (a copied archive?): the workstation is suspended until the coordination enrols it again.</translation>
    </message>
    <message>
        <source>Questo pacchetto viene da un secondo computer che ha usato un invito già usato: la postazione è sospesa finché il coordinamento non la iscrive di nuovo.</source>
        <translation>This package comes from a second computer that used an invitation already used: the workstation is suspended until the coordination enrols it again.</translation>
    </message>
    <message>
        <source>Il pacchetto non corrisponde all&apos;invito di questa postazione.</source>
        <translation>The package does not match this workstation&apos;s invitation.</translation>
    </message>
    <message>
        <source>Questa postazione non ha ancora completato l&apos;iscrizione: manca il suo primo pacchetto.</source>
        <translation>This workstation has not completed its enrolment yet: its first package is missing.</translation>
    </message>
    <message>
        <source>Questo pacchetto appartiene a un&apos;altra rete.</source>
        <translation>This package belongs to another network.</translation>
    </message>
    <message>
        <source>Impossibile leggere il file.</source>
        <translation>Cannot read the file.</translation>
    </message>
    <message>
        <source>Questo file non è un invito di genera.</source>
        <translation>This file is not a genera invitation.</translation>
    </message>
    <message>
        <source>L&apos;invito è stato preparato da una versione più recente di genera: aggiornare il programma.</source>
        <translation>The invitation was prepared by a newer version of genera: update the program.</translation>
    </message>
    <message>
        <source>L&apos;invito è stato modificato: chiederne uno nuovo al coordinamento.</source>
        <translation>The invitation has been modified: ask the coordination for a new one.</translation>
    </message>
    <message>
        <source>L&apos;invito è incompleto: chiederne uno nuovo al coordinamento.</source>
        <translation>The invitation is incomplete: ask the coordination for a new one.</translation>
    </message>
    <message>
        <source>Questo file non è una copia di sicurezza di genera.</source>
        <translation>This file is not a genera backup.</translation>
    </message>
    <message>
        <source>La copia è danneggiata, incompleta o è stata modificata: non è stato ripristinato nulla.</source>
        <translation>The backup is damaged, incomplete or was altered: nothing was restored.</translation>
    </message>
    <message>
        <source>La copia è stata fatta da una versione più recente di genera: aggiornare il programma.</source>
        <translation>The backup was made by a newer version of genera: update the program.</translation>
    </message>
    <message>
        <source>La copia contiene un archivio non cifrato: non è stata fatta da genera.</source>
        <translation>The backup holds an unencrypted archive: it was not made by genera.</translation>
    </message>
    <message>
        <source>La copia non può essere ripristinata.</source>
        <translation>The backup cannot be restored.</translation>
    </message>
    <message>
        <source>Il pacchetto non è stato accettato.</source>
        <translation>The package was not accepted.</translation>
    </message>
    <message>
        <source>Questa data non esiste</source>
        <translation>This date does not exist</translation>
    </message>
    <message>
        <source>Valore non valido</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <source>Alcuni campi non sono corretti: controllare i messaggi in rosso.</source>
        <translation>Some fields are not correct: check the messages in red.</translation>
    </message>
    <message>
        <source>Nome utente o password errati</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>In questa cartella non c&apos;è ancora un archivio.</source>
        <translation>There is no archive in this folder yet.</translation>
    </message>
    <message>
        <source>In questa cartella c&apos;è già un archivio.</source>
        <translation>There is already an archive in this folder.</translation>
    </message>
    <message>
        <source>L&apos;archivio è stato creato da una versione più recente di genera: aggiornare il programma.</source>
        <translation>The archive was created by a newer version of genera: update the program.</translation>
    </message>
    <message>
        <source>Il dato cercato non esiste più (forse è stato eliminato).</source>
        <translation>The record you are looking for no longer exists (perhaps it was deleted).</translation>
    </message>
    <message>
        <source>Il tuo profilo non ha accesso all&apos;area «{area}».</source>
        <translation>Your account has no access to the «{area}» area.</translation>
    </message>
    <message>
        <source>Non si può passare da «{old}» a «{new}».</source>
        <translation>Cannot move from «{old}» to «{new}».</translation>
    </message>
    <message>
        <source>Operazione non consentita.</source>
        <translation>Operation not allowed.</translation>
    </message>
    <message>
        <source>La data o l&apos;ora del computer sono state portate indietro: correggerle prima di modificare i dati.</source>
        <translation>The computer&apos;s date or time has been set back: correct them before changing any data.</translation>
    </message>
    <message>
        <source>Operazione annullata: non è stato salvato nulla.</source>
        <translation>Operation cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>Operazione non riuscita.</source>
        <translation>Operation failed.</translation>
    </message>
    <message>
        <source>Impossibile leggere o scrivere il file: {reason}</source>
        <translation>Cannot read or write the file: {reason}</translation>
    </message>
    <message>
        <source>Si è verificato un errore imprevisto. Se si ripete, rivolgersi all&apos;assistenza.</source>
        <translation>An unexpected error occurred. If it happens again, contact support.</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Modifiche non salvate</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Ci sono modifiche non salvate. Salvarle?</source>
        <translation>There are unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Scarta</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Operazione non riuscita</source>
        <translation>Operation failed</translation>
    </message>
</context>
</TS>
