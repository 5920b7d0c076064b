<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Picking up %n video(s) from last time.</source>
        <translation>
            <numerusform>Picking up %n video from last time.</numerusform>
            <numerusform>Picking up %n videos from last time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video request(s) could not be confirmed when the app stopped: check your videos in JoggAI before trying again.</source>
        <translation>
            <numerusform>%n video request could not be confirmed when the app stopped: check your videos in JoggAI before trying again.</numerusform>
            <numerusform>%n video requests could not be confirmed when the app stopped: check your videos in JoggAI before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n credit</numerusform>
            <numerusform>%n credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n preview(s)</source>
        <translation>
            <numerusform>%n preview</numerusform>
            <numerusform>%n previews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previews: %1 (%n look(s))</source>
        <translation>
            <numerusform>Previews: %1 (%n look)</numerusform>
            <numerusform>Previews: %1 (%n looks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not made</source>
        <translation>
            <numerusform>%n not made</numerusform>
            <numerusform>%n not made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made in full</source>
        <translation>
            <numerusform>%n made in full</numerusform>
            <numerusform>%n made in full</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Picking up %n set(s) of previews from last time: each is shown in its own window, and History lists them.</source>
        <translation>
            <numerusform>Picking up %n set of previews from last time: it is shown in its own window, and History lists it.</numerusform>
            <numerusform>Picking up %n sets of previews from last time: each is shown in its own window, and History lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AvatarGrid</name>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variant</numerusform>
            <numerusform>%n variants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n credit</numerusform>
            <numerusform>%n credits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareLooksDialog</name>
    <message numerus="yes">
        <source>%n look(s) chosen: pick at least two (click a style to tick or untick it).</source>
        <translation>
            <numerusform>%n look chosen: pick at least two (click a style to tick or untick it).</numerusform>
            <numerusform>%n looks chosen: pick at least two (click a style to tick or untick it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) chosen (at most six).</source>
        <translation>
            <numerusform>%n look chosen (at most six).</numerusform>
            <numerusform>%n looks chosen (at most six).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n preview(s) ({cost})</source>
        <translation>
            <numerusform>Make %n preview ({cost})</numerusform>
            <numerusform>Make %n previews ({cost})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message numerus="yes">
        <source>%n not made</source>
        <translation>
            <numerusform>%n not made</numerusform>
            <numerusform>%n not made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElapsedProgress</name>
    <message numerus="yes">
        <source>%1… %n s</source>
        <translation>
            <numerusform>%1… %n s</numerusform>
            <numerusform>%1… %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>Jogg Desktop — making %n video(s)</source>
        <translation>
            <numerusform>Jogg Desktop — making %n video</numerusform>
            <numerusform>Jogg Desktop — making %n videos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>Uploading %n file…</numerusform>
            <numerusform>Uploading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) don&apos;t load: JoggAI could not use them either.</source>
        <translation>
            <numerusform>%n link doesn&apos;t load: JoggAI could not use it either.</numerusform>
            <numerusform>%n links don&apos;t load: JoggAI could not use them either.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariantsGrid</name>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n credit</numerusform>
            <numerusform>%n credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picked</source>
        <translation>
            <numerusform>%n picked</numerusform>
            <numerusform>%n picked</numerusform>
        </translation>
    </message>
</context>
</TS>
