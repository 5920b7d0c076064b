<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Picking up %n video(s) from last time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video request(s) could not be confirmed when the app stopped: check your videos in JoggAI before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The History window shows how they are doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo did not start in time. Please try again.</source>
        <comment>Demo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo stopped unexpectedly. Please try again.</source>
        <comment>Demo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be started. Please try again.</source>
        <comment>Demo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI did not accept your API key. Check that you copied the whole key from JoggAI (your avatar → API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your JoggAI account has run out of credits. Add credits in JoggAI, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your JoggAI plan does not include this feature through the API. Upgrade your plan in JoggAI, or contact JoggAI support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI could not find this item any more. Please start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI did not accept some of the details. Please check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI is busy with your earlier requests. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI is having a problem right now. Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach JoggAI. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI took too long to answer. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI sent an answer the app could not understand. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI could not read the product details from this page. Check the link, or enter the product details yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not confirm whether JoggAI started your video. It may already be rendering and may have used credits. Check your videos in JoggAI before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI could not make this video. Try different images or settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video was deleted in JoggAI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video is taking much longer than usual. It may still finish: check again later, or contact JoggAI support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video could not be saved. Check the folder and free disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while talking to JoggAI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This took too long. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be found. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not allowed to open or write this file. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the file and free disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please try again; if it keeps happening, copy the details and send them to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy credits in JoggAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open JoggAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter details myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my videos in JoggAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking JoggAI to start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in JoggAI&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI is making your video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed — check your videos in JoggAI before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AspectCards</name>
    <message>
        <source>Aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait 9:16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok, Reels, Shorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube, websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square 1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds, marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvatarGrid</name>
    <message>
        <source>Show avatars from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All avatars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My avatars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No avatar matches these filters for this aspect ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostLabel</name>
    <message>
        <source>1 credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making this video uses {cost} from your JoggAI account (1 credit per started 2 minutes of video).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverGrid</name>
    <message>
        <source>Preview of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an item to see it move.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry — something unexpected went wrong in Jogg Desktop. Your work so far is kept. If this keeps happening, copy the details below and send them to support. They contain no API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElapsedProgress</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1… %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Your videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No videos yet. Videos you make will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the video in your usual video player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the video in JoggAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from your videos? The saved video file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Welcome to Jogg Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a product page into a marketing video in a few clicks. To start, paste your JoggAI API key. You find it in the JoggAI app: click your avatar (top right), then &lt;b&gt;API&lt;/b&gt;, and copy the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and save key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the saved key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the saved API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet? Try the app with the built-in demo shop: nothing is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your key with JoggAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key accepted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are using the demo: no key is needed and nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key is kept for this session only — you will need to paste it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the script and the voice. Type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Paste the link of the product page you want a video for — your shop, Amazon, Shopify, Etsy… JoggAI reads the name, description and pictures from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://your-shop.com/products/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product page link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product page &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyze the product page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product details myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop products — click one to use it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link, or the page cannot be read?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which product is the video for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the product page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This usually takes 10 to 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. You can change the link and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please paste the link of a product page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must start with http:// or https:// — for example https://your-shop.com/products/mug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a web address. Copy the whole link from your browser&apos;s address bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link has no website name. Copy the whole link from your browser&apos;s address bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the demo product %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookChooser</name>
    <message>
        <source>Visual style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a visual style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI lays out your product and the avatar in a ready-made style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a template from JoggAI&apos;s library or one you made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI arranges your product images and the avatar in this style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a template: its layout is used instead of a visual style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template for this aspect ratio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaGrid</name>
    <message>
        <source>Product pictures and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder, Ctrl+Left or Ctrl+Right to move the selected item, Delete to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MusicList</name>
    <message>
        <source>Background music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Jogg Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your video is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ready to watch and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your video could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed. Open Jogg Desktop to see why and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jogg Desktop is still working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your videos are still being made. Jogg Desktop tells you when they are ready; use its icon here to show it again or to quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Jogg Desktop — making %n video(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Jogg Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayableList</name>
    <message>
        <source>Press Space to hear a sample of the selected row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for new videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for new videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save new videos in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time you start Jogg Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when a video is ready or has failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Jogg Desktop keeps its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos list and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI API generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current (v2, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which generation of JoggAI&apos;s API new videos use. Keep the current one unless JoggAI support asks otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager opened it: the folder&apos;s path is copied, paste it into your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are using the demo: no key is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your key with JoggAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key works (account: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Saved settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is already taken by other saved settings. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for these settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename saved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved settings “%1”? Your videos are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ceramic coffee mug, 350 ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is, what it does, why people love it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. coffee lovers who work from home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to change the order (the first ones matter most), or drop files from your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the selected picture or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the selected picture or video (optional, helps JoggAI use it well)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pictures or videos from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a picture or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… link to a picture or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the picture or video at this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected picture or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move earlier (Ctrl+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move later (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us about your product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the product details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product&apos;s name and a short description, and add a few pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what JoggAI found on the page. Fix anything that is wrong, and choose the pictures and videos for the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the product details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pictures or videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be uploaded. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a link that starts with http:// or https:// to a picture or video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window: JoggAI keeps making your video, and the app picks it up again the next time you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the video settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another video while this one is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your video is ready!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the video to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder with the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the video&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make another video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make another video with the same settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch it here, save a copy where you like, or make another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI makes your video on its own computers; this page shows how far it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your video was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product to make a video of yet. Go back and choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not open its list of videos, so it cannot make one now. Please restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your video request to JoggAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not confirm whether JoggAI started your video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again uses {cost}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your video is ready. Getting it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in JoggAI&apos;s queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading your video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading your video… {p}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading your video… {mb:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your video was made, but it could not be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JoggAI could not make this video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video&apos;s link is copied. Paste it anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time so far: {elapsed} — videos usually take 1 to 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptStyleList</name>
    <message>
        <source>Script style</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length {n} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target: JoggAI&apos;s videos often run a few seconds longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script and captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a name to find the video by in JoggAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show captions (subtitles) in the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own script (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty and JoggAI writes the script from your product details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honest note: JoggAI may shorten or rewrite your script to fit the video length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look: visual style or template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sample could not be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how your video looks and sounds. You can see the cost before you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make video ({cost})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an avatar to present your product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a template, or choose a visual style instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading avatars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading music…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading visual styles and templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading voices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own {what} could not be loaded; the JoggAI library is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avatars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voices for this language: JoggAI will choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Video player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceList</name>
    <message>
        <source>Voice gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let JoggAI choose a voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>Product link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: a built-in simulator, nothing is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jogg Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jogg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your videos appear here once your API key is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied. They contain no API key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RowWidget</name>
    <message>
        <source>Play sample of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sample (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
