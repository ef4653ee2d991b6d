// Builds the embedded sample of the Landes network described by the news item « Les conseillers numériques landais
// diplômés » (pin40.fr): 34 advisors in post at the host structures granted CnFS posts in 2021, initial training paths
// of 105 to 420 hours, 32 holding CCP1 of REMN, 2 recruited after the summer of 2026 still in training, places covering
// the territory (the Landes France Services sites of 2024 and the host structures' own places).
//
// Everything about people is fictitious: names are drawn from lists of common first and family names, dates and
// hours from a seeded generator, so the same inputs always give the same bytes. Host structures, their SIRET and
// communes, and France Services sites are real open data (ANCT, Licence Ouverte 2.0).
//
// Usage (from the repository root, with the reference data beside it):
//   dotnet run --project tools/Landes.Inclusion.SampleBuilder -- ../shared/data src/Landes.Inclusion/Network/Data/landes-network-sample.json
using System.Globalization;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop.FranceServices;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using NodaTime;
using nietras.SeparatedValues;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: SampleBuilder <shared-data-folder> <output.json>");
    return 2;
}

string data = args[0];
var random = new Random(40);
LocalDate recordedOn = new(2026, 11, 27); // the data describe the network as recorded on this day

string[] givenNames =
[
    "Camille", "Julien", "Sophie", "Thomas", "Élodie", "Nicolas", "Aurélie", "Maxime", "Laure", "Romain", "Céline", "Mathieu",
    "Sandrine", "Guillaume", "Émilie", "Pierre", "Marion", "Vincent", "Nathalie", "Damien", "Hélène", "Olivier", "Julie", "Sébastien",
    "Claire", "Florian", "Anaïs", "Kévin", "Manon", "Jérôme", "Pauline", "Adrien", "Léa", "Bastien", "Inès",
];
string[] familyNames =
[
    "Lafitte", "Dupouy", "Labat", "Darrigrand", "Castaing", "Lacoste", "Dubroca", "Lartigue", "Bordes", "Ducamp", "Larrieu",
    "Saint-Martin", "Lamarque", "Destenave", "Pédebernade", "Lalanne", "Cazaux", "Bergès", "Dufau", "Labarthe", "Duprat", "Lagardère",
    "Barrère", "Candau", "Lasserre", "Dulau", "Tastet", "Lanusse", "Mora", "Daugreilh", "Haget", "Barbe", "Soubiran", "Fitte", "Latry",
];

// Host structures: the 2021 list (19 structures, 24 posts then); later waves added posts, 34 in all here.
var structureRows = ReadCsv(Path.Combine(data, "landes-cnfs-structures-2021.csv"));
var structures = structureRows.Select(r => new HostStructure
{
    Id = "s" + r["id"],
    Siret = Siret.Parse(r["siret"]),
    Name = r["raison_sociale"],
    Sector = r["type"] == "publique" ? EmployerSector.Public : EmployerSector.Private,
    Commune = InseeCode.Parse(r["insee_com"]),
}).ToList();
var extraPosts = new Dictionary<string, int>(StringComparer.Ordinal)
{
    ["s1047"] = 7, // Département des Landes
    ["s1048"] = 2, // CA du Grand Dax
    ["s1062"] = 1, // Mont de Marsan Agglomération
    ["s1060"] = 1, // CC Maremne Adour Côte Sud
    ["s1059"] = 1, // CC du Seignanx
    ["s1065"] = 1, // Agence landaise pour l'informatique
    ["s1049"] = 1, // CC Chalosse Tursan
    ["s1058"] = 1, // CC du Pays de Tarusate
};

// Places: each structure's own place (at the structure's geocoded address), and the Landes France Services sites.
var places = structureRows.Select(r => new Place
{
    Id = "p-" + r["id"],
    Name = "Permanence numérique — " + r["commune_insee"],
    Commune = InseeCode.Parse(r["insee_com"]),
    Kind = PlaceKind.Permanence,
    Latitude = double.Parse(r["latitude"], CultureInfo.InvariantCulture),
    Longitude = double.Parse(r["longitude"], CultureInfo.InvariantCulture),
}).ToList();
using (var reader = new StreamReader(Path.Combine(data, "landes-france-services-20240801.csv")))
{
    var sites = FranceServicesCsv.Read(reader);
    places.AddRange(sites.Records.Select(site => new Place
    {
        Id = "fs-" + site.Id,
        Name = site.Name,
        Commune = site.InseeCode,
        Kind = PlaceKind.FranceServices,
        Latitude = site.Latitude,
        Longitude = site.Longitude,
        Itinerant = site.Format == FranceServicesFormat.Itinerant,
        OpeningHours = site.Schedule.IsAlwaysClosed ? null : site.Schedule,
    }));
}

var franceServices = places.Where(p => p.Kind == PlaceKind.FranceServices).ToList();
var posts = new List<Post>();
var advisors = new List<Advisor>();
int number = 0;
string[] paths2021 = ["105h", "280h", "350h", "420h"];
string[] moduleNames = ["Accompagner les publics éloignés", "Cybersécurité du quotidien", "Mon Espace Santé", "Démarches en ligne", "Intelligence artificielle et usages", "Parentalité numérique"];
foreach (HostStructure structure in structures)
{
    int count = 1 + extraPosts.GetValueOrDefault(structure.Id);
    for (int k = 0; k < count; k++)
    {
        number++;
        string postId = $"post-{number:D2}";
        bool secondWave = number > 24; // posts opened after the 2021 list
        LocalDate opened = secondWave ? new LocalDate(2021, 11, 2).PlusDays(random.Next(0, 60)) : new LocalDate(2021, 5, 3).PlusDays(random.Next(0, 40));
        posts.Add(new Post { Id = postId, StructureId = structure.Id, OpenedOn = opened });
    }
}

// A post opened in September 2026 (CA du Grand Dax) for one of the two recruits of the autumn; the other refills a post
// whose advisor left in June. One more post, left in March, is still vacant: the report must flag it (6-month rule of 2025).
posts.Add(new Post { Id = $"post-{posts.Count + 1:D2}", StructureId = "s1048", OpenedOn = new LocalDate(2026, 9, 1) });
string vacantPost = posts[20].Id;
var recentPosts = new[] { posts[7].Id, posts[^1].Id };
foreach (Post post in posts)
{
    HostStructure structure = structures.Single(s => s.Id == post.StructureId);
    Place home = places.Single(p => p.Id == "p-" + structure.Id[1..]);
    bool recent = recentPosts.Contains(post.Id);
    if (recent)
    {
        if (post.OpenedOn.Year < 2026)
        {
            // The predecessor on this post, who left in June 2026.
            advisors.Add(FirstWaveAdvisor(post, structure, home, leftOn: new LocalDate(2026, 6, 30)));
        }

        advisors.Add(RecentAdvisor(post, structure, home));
    }
    else if (post.Id == vacantPost)
    {
        advisors.Add(FirstWaveAdvisor(post, structure, home, leftOn: new LocalDate(2026, 3, 31)));
    }
    else
    {
        advisors.Add(FirstWaveAdvisor(post, structure, home, leftOn: null));
    }
}

var network = new NetworkDocument
{
    Departement = DepartementCode.Landes,
    Name = "Réseau des conseillers numériques des Landes (exemple fictif)",
    Source = "Exemple construit pour Landes.Inclusion : structures d'accueil CnFS 2021 et sites France Services 2024 (ANCT, Licence Ouverte 2.0) ; conseillers, dates et heures fictifs. Voir docs/network.md.",
    Structures = structures,
    Posts = posts,
    Advisors = advisors,
    Places = places,
    Events =
    [
        new NetworkEvent { Kind = NetworkEventKind.NetworkMeeting, Date = new LocalDate(2026, 5, 19), Title = "Rencontre du réseau des conseillers numériques" },
        new NetworkEvent { Kind = NetworkEventKind.SteeringCommittee, Date = new LocalDate(2026, 7, 7), Title = "Comité de pilotage (ALPI, MSA, CPAM, SAPAL, GIP e-santé)" },
    ],
};

var report = NetworkJson.Network.Read(NetworkJson.Network.Write(network)).Report;
foreach (var problem in report.Problems)
{
    Console.Error.WriteLine(problem);
}

if (!report.IsValid)
{
    return 1;
}

File.WriteAllBytes(args[1], NetworkJson.Network.Write(network));
Console.WriteLine($"{advisors.Count} advisors ({advisors.Count(a => a.IsInPostOn(recordedOn))} in post), {posts.Count} posts, {places.Count} places -> {args[1]}");
return 0;

Advisor FirstWaveAdvisor(Post post, HostStructure structure, Place home, LocalDate? leftOn)
{
    int n = advisors.Count + 1;
    string id = $"cnfs-40-{n:D2}";
    LocalDate recruited = post.OpenedOn.PlusDays(random.Next(0, 30));
    string path = paths2021[random.Next(paths2021.Length)];
    int hours = int.Parse(path[..^1], CultureInfo.InvariantCulture);
    LocalDate start = NextMonday(recruited.PlusDays(7 + random.Next(0, 21)));
    (List<TrainingSession> sessions, LocalDate end) = Sessions(start, hours * 60, TrainingSessionKind.InCentre, 4);
    LocalDate exam = NextWeekday(end.PlusDays(20 + random.Next(0, 60)));
    var modules = new List<ContinuingModule>();
    foreach (int year in new[] { 2024, 2025, 2026 })
    {
        if (leftOn is { } left && left.Year < year)
        {
            continue;
        }

        // A few advisors have not yet taken their 2026 module at the end of November: the report's R12 findings show them.
        if (year == 2026 && n % 9 == 0)
        {
            continue;
        }

        LocalDate day = NextWeekday(new LocalDate(year == 2024 ? 2025 : year, year == 2024 ? 2 : 3, 1).PlusDays(random.Next(0, year == 2024 ? 40 : 200)));
        modules.Add(new ContinuingModule { Module = moduleNames[random.Next(moduleNames.Length)], Date = day, Hours = random.Next(2) == 0 ? 7 : 14 });
    }

    return new Advisor
    {
        Id = id,
        Name = NameFor(n),
        RecruitedOn = recruited,
        LeftOn = leftOn,
        PostId = post.Id,
        Contracts = ContractsFor(n, structure, recruited, leftOn),
        Assignments = AssignmentsFor(home, recruited, leftOn),
        Training = new Enrolment
        {
            Id = "enr-" + id,
            PersonId = id,
            ProgrammeId = "cnfs",
            InPostSince = recruited,
            Positioning = new Positioning { Date = start.PlusDays(-5), PathId = path },
            PathId = path,
            Provider = "Afpa",
            Start = start,
            End = end,
            Sessions = sessions,
            ExamSittings =
            [
                new ExamSitting { TargetId = "ccp1", Date = exam, Outcome = ExamOutcome.Passed },
                new ExamSitting { TargetId = "pix", Date = exam.PlusDays(-2), Outcome = ExamOutcome.Passed },
            ],
            ContinuingModules = modules,
        },
        Certification = new CandidateRecord
        {
            CandidateId = id,
            TrainingStart = start,
            Results =
            [
                new BlockResult
                {
                    Title = "remn-2019",
                    Block = 1,
                    SessionDate = exam,
                    SessionKind = Landes.Inclusion.Certification.SessionKind.SessionCcp,
                    Obtained = true,
                    ProcesVerbal = $"PV-40-{exam.Year}-{n:D3}",
                },
            ],
        },
    };
}

Advisor RecentAdvisor(Post post, HostStructure structure, Place home)
{
    int n = advisors.Count + 1;
    string id = $"cnfs-40-{n:D2}";
    LocalDate recruited = n % 2 == 0 ? new LocalDate(2026, 9, 7) : new LocalDate(2026, 9, 14);
    LocalDate start = new(2026, 10, 5);
    // 175 h of lessons and a 210 h stage, alternating: two days a week in centre, one in the structure.
    (List<TrainingSession> lessons, LocalDate lessonsEnd) = Sessions(start, 175 * 60, TrainingSessionKind.InCentre, 2);
    (List<TrainingSession> stage, LocalDate stageEnd) = Sessions(start.PlusDays(2), 210 * 60, TrainingSessionKind.Stage, 2);
    LocalDate end = lessonsEnd > stageEnd ? lessonsEnd : stageEnd;
    return new Advisor
    {
        Id = id,
        Name = NameFor(n),
        RecruitedOn = recruited,
        PostId = post.Id,
        Contracts = [new EmploymentContract { Kind = ContractKind.Cdd, StructureId = structure.Id, Start = recruited, End = recruited.PlusYears(3).PlusDays(-1) }],
        Assignments = AssignmentsFor(home, recruited, null),
        Training = new Enrolment
        {
            Id = "enr-" + id,
            PersonId = id,
            ProgrammeId = "cnfs",
            InPostSince = recruited,
            Positioning = new Positioning { Date = new LocalDate(2026, 9, 24), PathId = "175h+210h" },
            PathId = "175h+210h",
            Provider = "Afpa",
            Start = start,
            End = end,
            // What has been recorded so far: the sessions up to the day the data were taken.
            Sessions = [.. lessons.Concat(stage).Where(s => s.Date <= recordedOn).OrderBy(s => s.Date)],
        },
        Certification = new CandidateRecord { CandidateId = id, TrainingStart = start },
    };
}

PersonName NameFor(int n) => new() { Given = givenNames[(n * 7) % givenNames.Length], Family = familyNames[(n * 11) % familyNames.Length] };

List<EmploymentContract> ContractsFor(int n, HostStructure structure, LocalDate recruited, LocalDate? leftOn)
{
    // First a 2-year CDD (the first wave's subsidy covered 24 months for public employers), then a contrat de projet
    // (public) or a CDI; a few contrats de projet end within 90 days of the data, so the report raises alerts.
    LocalDate firstEnd = recruited.PlusYears(2).PlusDays(-1);
    var first = new EmploymentContract { Kind = ContractKind.Cdd, StructureId = structure.Id, Start = recruited, End = leftOn is { } l && l < firstEnd ? l : firstEnd };
    if (leftOn is { } left && left <= firstEnd)
    {
        return [first];
    }

    LocalDate secondStart = firstEnd.PlusDays(1);
    EmploymentContract second = (n % 5, structure.Sector) switch
    {
        (0, _) or (_, EmployerSector.Private) => new EmploymentContract { Kind = ContractKind.Cdi, StructureId = structure.Id, Start = secondStart },
        (1, _) => new EmploymentContract { Kind = ContractKind.ContratDeProjet, StructureId = structure.Id, Start = secondStart, End = new LocalDate(2027, 1, 31).PlusDays(n) },
        _ => new EmploymentContract { Kind = ContractKind.ContratDeProjet, StructureId = structure.Id, Start = secondStart, End = secondStart.PlusYears(4).PlusDays(-1) },
    };
    if (leftOn is { } departure && second.End is { } planned && departure < planned)
    {
        second = new EmploymentContract { Kind = second.Kind, StructureId = second.StructureId, Start = second.Start, End = departure };
    }

    return [first, second];
}

List<PlaceAssignment> AssignmentsFor(Place home, LocalDate from, LocalDate? until)
{
    var assignments = new List<PlaceAssignment> { new() { PlaceId = home.Id, From = from, Until = until } };
    // Most advisors also hold a weekly permanence in the nearest France Services site.
    Place nearest = franceServices.MinBy(p => Math.Pow(p.Latitude!.Value - home.Latitude!.Value, 2) + Math.Pow(p.Longitude!.Value - home.Longitude!.Value, 2))!;
    if (random.Next(4) != 0)
    {
        assignments.Add(new PlaceAssignment { PlaceId = nearest.Id, From = from.PlusMonths(6), Until = until });
    }

    return assignments;
}

(List<TrainingSession> Sessions, LocalDate End) Sessions(LocalDate start, int minutes, TrainingSessionKind kind, int daysPerWeek)
{
    var sessions = new List<TrainingSession>();
    var holidays = new HashSet<LocalDate>(FrenchPublicHolidays.For(start.Year).Concat(FrenchPublicHolidays.For(start.Year + 1)).Select(h => h.Date));
    LocalDate day = start;
    int left = minutes;
    while (left > 0)
    {
        int dayOfWeek = (int)day.DayOfWeek; // Monday = 1
        bool trainingDay = dayOfWeek <= daysPerWeek * (kind == TrainingSessionKind.Stage ? 2 : 1) && dayOfWeek <= 5
            && (kind != TrainingSessionKind.Stage || dayOfWeek > 2) && !holidays.Contains(day);
        if (trainingDay)
        {
            int today = Math.Min(left, 7 * 60);
            sessions.Add(new TrainingSession { Date = day, Minutes = today, Kind = kind });
            left -= today;
        }

        if (left > 0)
        {
            day = day.PlusDays(1);
        }
    }

    return (sessions, day);
}

static LocalDate NextMonday(LocalDate day) => day.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday));

static LocalDate NextWeekday(LocalDate day) => day.DayOfWeek switch
{
    IsoDayOfWeek.Saturday => day.PlusDays(2),
    IsoDayOfWeek.Sunday => day.PlusDays(1),
    _ => day,
};

static List<Dictionary<string, string>> ReadCsv(string path)
{
    var rows = new List<Dictionary<string, string>>();
    using SepReader reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true }).FromFile(path);
    foreach (SepReader.Row row in reader)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in reader.Header.ColNames)
        {
            cells[name] = row[name].ToString();
        }

        rows.Add(cells);
    }

    return rows;
}
