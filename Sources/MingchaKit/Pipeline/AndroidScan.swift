import Foundation

/// The Android pipeline: APK or bundle -> manifest, resources, layouts, DEX, signing -> AppFacts.
/// One DEX index per scan; every pass over the code walks the index's tables once (see the
/// `Android/Facts` enums). What cannot be read becomes a `ScanProblem` and the scan goes on
/// (partial); only an unreadable archive or manifest ends it.
public enum AndroidScan {
    public static func run(path: String, kind: PackageKind, options: ScanOptions, knowledge: KnowledgeBase) throws -> PlatformScan {
        try run(path: path, kind: kind, options: options, knowledge: { knowledge })
    }

    /// As above, with the knowledge base asked for only after the archive, manifest and code are
    /// read, none of which needs it: the scanner loads it on another core meanwhile.
    public static func run(path: String, kind: PackageKind, options: ScanOptions,
                           knowledge loadKnowledge: () throws -> KnowledgeBase) throws -> PlatformScan {
        let limits = options.limits
        var clock = PhaseTimes()
        let budget = InflateBudget(limits: limits)
        let input = try ApkInput.open(path: path, limits: limits, budget: budget)
        // The first DEX file is inflated and parsed on another core while the manifest and resources are read.
        let codeFiles = AndroidCode(input, limits: limits, prefetch: true)
        let contents = try ApkManifestLoader.load(input.base, limits: limits)
        let manifest = contents.manifest
        var problems: [ScanProblem] = []
        if let e = contents.resourceError {
            problems.append(ScanProblem(code: "arsc.unreadable", message: "resources.arsc could not be read (labels, strings and layouts unresolved): \(e)"))
        }
        let inventory = ApkInventory(archives: input.archives)
        // The signing block, layouts and UI text need no code: read on the second core meanwhile.
        let codeFree = CodeFreeReads.start(input, resources: contents.resources, limits: limits)
        clock.mark("manifest")

        // Code: one index for every pass below.
        var index: DexIndex?
        do {
            let built = try codeFiles.index()
            problems += AndroidCode.problems(built)
            index = built
        } catch {
            problems.append(ScanProblem(error))
        }
        clock.mark("dex")
        let knowledge = try loadKnowledge()

        // 1. SDKs, and who owns each method of the code. Meanwhile, on the second core, the packer
        // check and the search for sensitive-API call sites, which need neither the SDKs nor each other.
        let indexed = index
        let declared = manifest.components.map(\.name) + (manifest.application.className.map { [$0] } ?? [])
        let entryNames = input.archives.flatMap { $0.entries.map(\.name) }
        let early = Background { () -> (Result<[PackerHit], Error>, [CollectionFacts.Site]) in
            let packers = Result {
                PackerDetector.detect(index: indexed ?? DexIndex(), entryNames: entryNames,
                                      signatures: try PackerSignatures.standard(), declaredClasses: declared)
            }
            return (packers, indexed.map { CollectionFacts.sites(index: $0, knowledge: knowledge) } ?? [])
        }

        let matches = knowledge.sdkMatcher.match(SDKFacts.matcherInput(manifest: manifest, index: index, inventory: inventory))
        let ownership = SDKOwnership(sdks: matches.map(\.sdk))
        let owners = index.map { ownership.methodOwners($0) } ?? []
        let (packerCheck, sites) = try early.take()
        clock.mark("sdks")

        // 2. Identity, signing, permissions, packers.
        var packers: [PackerHit] = []
        do {
            packers = try packerCheck.get()
        } catch {
            problems.append(ScanProblem(error))
        }
        var facts = AppFactsBuilder.android(manifest: manifest, packers: packers)
        let side = try codeFree?.take()
            ?? CodeFreeReads.read(path: path, base: input.base, resources: contents.resources, limits: limits)
        let signing = side.signing
        facts.identity.developer = SigningFacts.developer(signing)
        facts.limitations += SigningFacts.limitations(signing)
        facts.permissions = PermissionFacts.facts(manifest: manifest, knowledge: knowledge)
        clock.mark("identity")

        facts.sdks = SDKFacts.facts(matches: matches, ownership: ownership, owners: owners, index: index)

        // 3. Collection through sensitive APIs, per collector.
        facts.collection += CollectionFacts.aggregate(sites, ownership: ownership, owners: owners)

        // 4. Autostart, keep-alive and background collection.
        facts.autostart = AutostartFacts.facts(manifest: manifest, ownership: ownership)
        facts.background = BackgroundFacts.manifestFacts(manifest: manifest, ownership: ownership)
        if let index {
            facts.background += BackgroundFacts.codeFacts(sites: sites, index: index, manifest: manifest, ownership: ownership, owners: owners)
        }
        facts.android?.installsPackages = InstallerUse.evidence(manifest: manifest, index: index)
        clock.mark("collection")

        // 5. UI text and consent signals.
        let layouts = side.layouts
        if let first = side.layoutFailures.first {
            problems.append(ScanProblem(code: (first.error as? MingchaError)?.code ?? "layout.unreadable",
                                        message: "\(side.layoutFailures.count) layout file(s) could not be read, first \(first.path): \(first.error)"))
        }
        let text = side.text
        if contents.resources != nil { facts.ui = UISignalScan.signals(text) }
        facts.consent.agreementCheckboxes = ConsentLayoutScan.checkboxes(layouts)
        facts.consent.impliedConsentWording = UISignalScan.impliedConsent(text)
        let flow = UISignalScan.consentFlow(text)
        if !flow.isEmpty { facts.consent.flowPresent = true; facts.consent.flowEvidence = flow }

        clock.mark("ui")

        // 7. Call-graph analyses.
        let urls: [String]
        if let index {
            // The analyses that need no call graph, and the search of the code's strings for policy
            // links, run on the second core while the pre-consent walk builds and searches it;
            // each only reads the index.
            let resources = contents.resources
            let others = Background {
                let families = ClassFamilies(index)
                return (PermissionRequestAnalysis.run(dex: index, manifest: manifest, knowledge: knowledge, sdks: matches, families: families),
                        DisagreeHandlerAnalysis.run(dex: index, resources: resources, manifest: manifest, families: families),
                        AutostartCodeAnalysis.run(dex: index, manifest: manifest, sdks: matches),
                        PolicySources.urls(text: text, index: index))
            }
            facts.preConsent = PreConsentAnalysis.run(dex: index, manifest: manifest, knowledge: knowledge, sdks: matches, limits: limits)
            let (requests, handlers, autostart, found) = try others.take()
            facts.permissionRequests = requests
            facts.consent.disagreeHandlers = handlers
            facts.autostart += autostart
            urls = found
        } else {
            urls = PolicySources.urls(text: text, index: nil)
        }

        clock.mark("callgraph")

        // 6. Where the policy may be. The index's last uses come first and then it is released
        // (freed on the second core while the policy files are read), so they mostly reuse its
        // memory instead of adding to the scan's peak.
        let code = index.map(AndroidPackage.CodeSummary.init)
        Release.onAnotherThread(&index)
        let policy = PolicySources.candidates(input, limits: limits)
        problems += policy.problems
        clock.mark("policy")
        clock.report(URL(fileURLWithPath: path).lastPathComponent)
        var scan = PlatformScan(facts: facts, problems: problems, policyCandidates: policy.candidates, policyURLs: urls)
        scan.androidPackage = AndroidPackage(manifest: manifest, signing: signing, inventory: inventory, code: code)
        return scan
    }
}
