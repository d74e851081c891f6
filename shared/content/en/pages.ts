import type {
  AboutTexts,
  BookletTexts,
  CheckupLogTexts,
  EditionTexts,
  EverydayLifeTexts,
  SafetyTexts,
  UnderstandingTexts,
} from '../types';

/* English texts of the booklet's explanatory pages (§2, §3, §5). */

export const sections: BookletTexts['sections'] = {
  cover: {
    title: '{name}’s foot care plan',
    intro: 'Keep this booklet where you can see it, for example on the fridge door.',
  },
  from_specialist: {
    title: 'From your specialist',
    intro: 'What your child’s specialist found, and their own notes for you.',
  },
  understanding: {
    title: 'Understanding valgus foot',
    intro: 'What valgus foot is, what is normal at your child’s age, and what to expect.',
  },
  safety: {
    title: 'Safety first',
    intro: 'Please read this page before the first session. These rules always apply.',
  },
  red_flags: {
    title: 'When to contact your doctor',
    intro: 'Contact your child’s doctor or specialist if you notice any of these signs.',
  },
  plan_overview: {
    title: 'Your plan at a glance',
    intro: 'Courses, breaks and check-ups over the coming months.',
  },
  getting_ready: {
    title: 'Getting ready',
    intro: 'Have these things ready before you start.',
  },
  techniques: {
    title: 'Hand techniques',
    intro: 'The massage uses the same few hand movements all the way through.',
  },
  part_a: {
    title: 'Part A: lying on the tummy',
    intro: 'Work from the back down to the feet, in the order shown.',
  },
  part_b: {
    title: 'Part B: lying on the back',
    intro: 'Turn your child over and finish with the front of the legs and the feet.',
  },
  active_time: {
    title: 'Active time',
    intro: 'Straight after the massage, while the muscles are warm: the mat first, then the exercises.',
  },
  foot_bath: {
    title: 'Foot bath',
    intro: 'A warm and cool foot bath is a pleasant, relaxing end to the session.',
  },
  everyday_life: {
    title: 'Everyday life',
    intro: 'Small everyday habits that are good for growing feet.',
  },
  calendars: {
    title: 'Your calendar',
    intro: 'Tick each part when it is done. Bring the calendar to every check-up.',
  },
  checkup_log: {
    title: 'Check-up log',
    intro: 'Write down what the specialist says at each check-up.',
  },
  about: {
    title: 'About this booklet',
    intro: 'How this booklet was made, and what it is for.',
  },
};

export const editions: EditionTexts = {
  information: {
    coverLine: 'About your child’s feet',
    explanation: [
      'This booklet explains valgus foot and how children’s feet change as they grow.',
      'It does not contain a home massage routine.',
    ],
    seeSpecialist:
      'Please see a specialist before you start any home massage. They will check your child’s feet and tell you what, if anything, to do at home.',
    noHomeRoutine:
      'Your specialist has not planned a home massage routine. Please do not start one on your own: ask at your next visit if you are unsure.',
    toddler: {
      coverLine: 'Flat-looking feet are normal at this age',
      explanation: [
        'Almost all children under 2 have flat-looking feet.',
        'The arch usually forms over the next few years.',
        'Your specialist will tell you if anything needs doing at home.',
      ],
    },
  },
  specialist_care: {
    coverLine: 'Your child’s specialist is leading treatment',
    explanation: [
      'Your child’s feet need a closer look from a specialist, so care at home follows their lead.',
      'This booklet explains the condition, the warning signs and everyday habits that help.',
    ],
    notMainTreatment: 'Home massage is not the main treatment at this stage.',
    supportive: {
      coverLine: 'Specialist care, with a home routine',
      explanation: [
        'Your child’s specialist is leading treatment.',
        'They have also prescribed a home routine as a supportive measure: it is in this booklet, with a calendar.',
        'Keep exactly to the times and counts your specialist set.',
      ],
    },
    supportiveBanner: 'Prescribed by your specialist as a supportive measure',
    supportiveIntro:
      'Your specialist has also asked you to do this routine at home. Keep exactly to the times and counts.',
  },
  full: {
    coverLine: 'A home routine planned by your child’s specialist',
    explanation: [
      'This booklet explains the massage and exercises your child’s specialist has planned.',
      'During each course, do one session a day. Then take a break.',
      'Your specialist will check how things are going at every check-up.',
    ],
  },
};

export const understanding: UnderstandingTexts = {
  figure: { valgus: 'Valgus foot', typical: 'Typical foot' },
  looksLike: [
    'Valgus foot is common in young children.',
    'When your child stands, the heel tips outwards and the inside of the foot sinks towards the floor.',
    'The arch often looks flat, and the weight falls mostly on the inner edge of the foot.',
    'With the feet together, the inner ankle bones and the knees may touch.',
    'Some children are born with it. In others it shows up as they start to walk.',
  ],
  flexible:
    'In most children the foot is flexible: the arch shows when they sit or stand on tiptoe. This is called flexible flat foot.',
  rigid:
    'Your child’s specialist found a rigid (stiff) foot: the arch stays flat even when the foot bears no weight. A rigid foot needs a closer look, so your specialist leads the care.',
  normalByAge: {
    heading: 'What is normal at different ages',
    under3: 'Under 3: almost all children have flat-looking feet. A soft pad of fat fills the space under the arch.',
    age3to6: 'From 3 to 6: the arch slowly forms. By about 6, most children have one.',
    age7to10: 'From 7 to 10: the arch keeps developing, more slowly, until about age 10.',
    knockKnees: 'Knock-knees often appear at 2 to 3, are most marked at 4 to 5, and usually straighten out by 7 to 8.',
  },
  aims: {
    heading: 'What this plan is for',
    text: [
      'Your child’s specialist chose this routine for your child.',
      'It aims to relax muscles that are always tight, wake up those that do little, and keep the legs supple.',
      'Massage is one part of the plan, together with exercises and active play.',
    ],
  },
  expectations: {
    heading: 'What to expect',
    program: [
      'This is a long-term plan, usually for a year or more.',
      'Changes are slow and hard to see from week to week.',
      'Your specialist will check your child’s feet at each check-up and decide what comes next.',
    ],
    care: [
      'Children’s feet change slowly, over months and years.',
      'Your specialist will look at your child’s feet again and tell you what comes next.',
    ],
    general: [
      'Children’s feet change slowly, over months and years.',
      'A specialist can check your child’s feet and tell you whether anything needs doing.',
    ],
  },
};

export const safety: SafetyTexts = {
  rules: {
    no_spine: 'Never press or tap on the spine.',
    no_knee: 'Never massage the kneecap or the back of the knee.',
    stop_if_pain: 'Stop if your child is in pain or clearly upset. Massage should always feel comfortable.',
    no_session_when_ill:
      'Skip the session if your child has a fever or is unwell. Skip it too if there is a rash, broken skin, swelling or unexplained pain where you would massage.',
    bath_temperature: 'Foot bath water: 37–38 °C, checked every time. Never leave your child alone with the water.',
    no_self_strapping: 'Do not bandage or strap your child’s feet unless your specialist has shown you exactly how.',
    small_objects_under_3:
      'Under 3: use only big toys for “monkey feet”, ones that do not fit inside a toilet-paper tube.',
    red_flags_page: 'Learn the warning signs in this booklet, and contact your doctor if you see one.',
  },
  groups: {
    notToday: 'When to skip a session',
    stop: 'When to stop',
    never: 'Never',
    bath: 'Foot bath',
    smallObjects: 'Small objects',
  },
  tightSocks: 'Avoid socks and tights with tight elastic that leaves marks.',
  strappingPrescribed: {
    withNote: 'Your specialist has prescribed strapping. Follow their note exactly:',
    withoutNote: 'Your specialist has prescribed strapping. Do it exactly as your specialist showed you.',
  },
  strappingCirculation:
    'Wrapping that is too tight can block blood flow. If the toes turn pale, blue or cold, or tingle, take the wrap off at once.',
  noProgram: {
    intro: 'Please read this page before you try any foot care at home. These rules always apply.',
    notToday: 'When to leave it for another day',
    no_session_when_ill:
      'No massage or foot exercises while your child has a fever or is unwell. Leave out any area with a rash, broken skin, swelling or unexplained pain.',
    bath_temperature:
      'Any foot bath: water at 37–38 °C, checked every time. Never leave your child alone with the water.',
    small_objects_under_3:
      'Under 3: for toe games, use only big toys, ones that do not fit inside a toilet-paper tube.',
  },
};

export const everydayLife: EverydayLifeTexts = {
  shoes: {
    heading: 'Shoes and socks',
    text: [
      'Choose shoes that fit well and do not pinch anywhere.',
      'Avoid socks and tights with tight elastic that leaves marks on the skin.',
    ],
  },
  prescribed: {
    heading: 'What your specialist has prescribed',
    orthoses: {
      insoles: 'Insoles: use them as your specialist explained.',
      orthoses: 'Made-to-measure insoles (orthoses): use them as your specialist explained.',
    },
    shoes: {
      supportive: 'Supportive shoes: wear them as your specialist explained.',
      orthopedic: 'Orthopaedic shoes: wear them as your specialist explained.',
    },
    clinicIntro: 'Clinic treatments your specialist has arranged:',
    clinicPhysio: {
      electrical_stimulation: 'Electrical muscle stimulation',
      paraffin: 'Warm wax (paraffin) treatment',
      other: 'Other treatment at the clinic, as your specialist explained',
    },
    clinicOnly: 'These are done at the clinic only. Do not try them at home.',
  },
  weight: {
    heading: 'A word about weight',
    text: [
      'Extra body weight puts more load on growing feet.',
      'Your specialist has mentioned weight, so it is worth talking to your child’s paediatrician.',
      'They can suggest a plan that suits your child and your family.',
    ],
  },
  activities: {
    heading: 'Active play',
    intro: 'Keep your child active every day. Good choices:',
    cycling: 'Cycling is a good everyday activity.',
    cyclingToddler: 'A tricycle or a balance bike is a good first bike.',
    swimming: 'Swimming is a good choice too.',
    playground: 'Running, climbing and games at the playground.',
    barefoot: 'Barefoot play on safe surfaces, such as grass, sand or a carpet at home.',
  },
  walkers: 'Baby walkers are not recommended, for safety reasons: children can fall and get hurt in them.',
};

export const checkupLog: CheckupLogTexts = {
  visit: 'Check-up {n}',
  date: 'Date',
  specialistSaid: 'What the specialist said',
  changes: 'Changes to the plan',
  questions: 'My questions',
  heelPhotoStart: 'Heel photo from behind: start of course {n}',
  heelPhotoEnd: 'Heel photo from behind: end of course {n}',
  photoHint: 'Stick a photo here',
};

export const about: AboutTexts = {
  purpose: {
    program: 'This booklet sets out, step by step, the home routine your child’s specialist has planned.',
    care: 'This booklet explains your child’s feet, the warning signs and everyday habits, as your child’s specialist asked.',
    general: 'This booklet gives general information about children’s feet.',
  },
  disclaimer: [
    'It does not replace medical advice. If anything worries you, or you are not sure, ask your specialist or doctor.',
  ],
  referencesHeading: 'Sources',
  references: [
    'Royal Children’s Hospital Melbourne. Flat feet: clinical guideline for GPs.',
    'Evans AM et al. Foot orthoses for treating paediatric flat feet. Cochrane Database of Systematic Reviews, 2022.',
    'Molina-García C et al. Efficacy of functional re-education as a treatment for infantile flexible flatfoot: systematic review. Children, 2025.',
    'Kenis VM et al. Mobile flatfoot in children: literature review. Pediatric Traumatology, Orthopaedics and Reconstructive Surgery.',
    'Perth Children’s Hospital. Knock knees (genu valgum): pre-referral guideline.',
    'American Academy of Pediatrics. Baby walkers: important safety information.',
    'Raising Children Network. Safe bath temperature.',
  ],
  generatedOn: 'Made on {date}',
  planVersion: 'Plan version: {version}',
  contentVersion: 'Text version: {version}',
};
